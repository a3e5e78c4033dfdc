package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;

/**
 * The RSA modulus should have no prime factor smaller than 752 (S/MIME BR 6.1.6); this also
 * catches an even modulus. A hit is a warning because the BR says "should".
 */
public final class RsaModulusFactorRule extends SmimeProfileRule {

    public static final FindingCode SMALL_FACTOR = FindingCode.warning("smbr.key.rsa_modulus_small_factor",
            "S/MIME BR 6.1.6", "The RSA modulus has a prime factor smaller than 752.");

    static final int FACTOR_LIMIT = 752;

    /** Primes below the limit, packed into groups whose product fits a long, so one division serves a group. */
    private static final long[][] PRIME_GROUPS = groupPrimes();
    private static final BigInteger[] GROUP_PRODUCTS = products(PRIME_GROUPS);

    /** The product of all primes below the limit (about 1,040 bits): one division shrinks the modulus first. */
    private static final BigInteger ALL_PRIMES = java.util.Arrays.stream(GROUP_PRODUCTS).reduce(BigInteger.ONE,
            BigInteger::multiply);

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

    /** Returns the smallest prime below the limit that divides the modulus, or 0 when none does. */
    static long smallestFactor(BigInteger modulus) {
        BigInteger reduced = modulus.mod(ALL_PRIMES);
        for (int i = 0; i < PRIME_GROUPS.length; i++) {
            long remainder = reduced.mod(GROUP_PRODUCTS[i]).longValue();
            for (long prime : PRIME_GROUPS[i]) {
                if (remainder % prime == 0) {
                    return prime;
                }
            }
        }
        return 0;
    }

    private static long[][] groupPrimes() {
        List<long[]> groups = new ArrayList<>();
        List<Long> current = new ArrayList<>();
        long product = 1;
        for (int candidate = 2; candidate < FACTOR_LIMIT; candidate++) {
            if (!BigInteger.valueOf(candidate).isProbablePrime(50)) {
                continue;
            }
            if (product > Long.MAX_VALUE / candidate) {
                groups.add(current.stream().mapToLong(Long::longValue).toArray());
                current.clear();
                product = 1;
            }
            current.add((long) candidate);
            product *= candidate;
        }
        groups.add(current.stream().mapToLong(Long::longValue).toArray());
        return groups.toArray(new long[0][]);
    }

    private static BigInteger[] products(long[][] groups) {
        BigInteger[] products = new BigInteger[groups.length];
        for (int i = 0; i < groups.length; i++) {
            long product = 1;
            for (long prime : groups[i]) {
                product *= prime;
            }
            products[i] = BigInteger.valueOf(product);
        }
        return products;
    }
}
