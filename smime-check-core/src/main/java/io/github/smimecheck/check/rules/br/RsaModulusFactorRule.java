package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.math.BigInteger;
import java.util.List;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;

/**
 * The RSA modulus should have no prime factor smaller than 752 (S/MIME BR 6.1.6), so an even
 * modulus fails too. A hit is a warning because the BR states this as a SHOULD.
 */
public final class RsaModulusFactorRule extends SmimeProfileRule {

    public static final FindingCode SMALL_FACTOR = FindingCode.warning("smbr.key.rsa_modulus_small_factor",
            "S/MIME BR 6.1.6", "The RSA modulus has a prime factor smaller than 752.");

    static final int FACTOR_LIMIT = 752;

    /** Moduli up to this many 32-bit words (4096 bits) are tested directly; longer ones are reduced first. */
    private static final int MAX_WORDS = 128;
    private static final int[] PRIMES = primesBelow(FACTOR_LIMIT);

    /** For each prime p, the weight 2^(32k) mod p of the k-th 32-bit word of a number. */
    private static final int[][] WORD_WEIGHTS = wordWeights();

    /** The product of all primes below the limit (about 1,040 bits, 33 words). */
    private static final BigInteger ALL_PRIMES = java.util.Arrays.stream(PRIMES)
            .mapToObj(BigInteger::valueOf).reduce(BigInteger.ONE, BigInteger::multiply);

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(SMALL_FACTOR);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        RSAPublicKey key = certificate.rsaPublicKey();
        if (key == null) {
            return;
        }

        BigInteger modulus = key.getModulus();
        long factor = smallestFactor(modulus);
        if (factor != 0) {
            findings.report(SMALL_FACTOR, "RSA modulus is divisible by " + factor + "; expected no prime factor below "
                    + FACTOR_LIMIT + "; generate a new key pair and reissue");
        }
    }

    /**
     * Returns the smallest prime below the limit that divides the modulus, or 0 when none does. The
     * remainder by each prime p is the sum of each 32-bit word times 2^(32k) mod p, reduced once:
     * each product is below 2^42, so the sum of at most 128 of them fits a long. This costs one
     * division per prime instead of one per word.
     */
    static long smallestFactor(BigInteger modulus) {
        BigInteger value = modulus.bitLength() > MAX_WORDS * 32 ? modulus.mod(ALL_PRIMES) : modulus;
        int[] words = littleEndianWords(value);
        for (int i = 0; i < PRIMES.length; i++) {
            int[] weights = WORD_WEIGHTS[i];
            long sum = 0;
            for (int k = 0; k < words.length; k++) {
                sum += (words[k] & 0xFFFF_FFFFL) * weights[k];
            }
            if (sum % PRIMES[i] == 0) {
                return PRIMES[i];
            }
        }
        return 0;
    }

    /** Returns the magnitude of a non-negative number as 32-bit words, least significant first. */
    private static int[] littleEndianWords(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int[] words = new int[Math.max(1, (value.bitLength() + 31) / 32)];
        for (int i = 0; i < bytes.length; i++) {
            int fromEnd = bytes.length - 1 - i;
            if (fromEnd / 4 < words.length) {
                words[fromEnd / 4] |= (bytes[i] & 0xFF) << (8 * (fromEnd % 4));
            }
        }
        return words;
    }

    private static int[] primesBelow(int limit) {
        return java.util.stream.IntStream.range(2, limit)
                .filter(candidate -> BigInteger.valueOf(candidate).isProbablePrime(50)).toArray();
    }

    private static int[][] wordWeights() {
        int[][] weights = new int[PRIMES.length][MAX_WORDS];
        for (int i = 0; i < PRIMES.length; i++) {
            long weight = 1;
            long wordBase = (1L << 32) % PRIMES[i];
            for (int k = 0; k < MAX_WORDS; k++) {
                weights[i][k] = (int) weight;
                weight = weight * wordBase % PRIMES[i];
            }
        }
        return weights;
    }
}
