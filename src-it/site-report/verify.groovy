def log = new File(basedir, 'build.log').text
assert log.contains('Generating "S/MIME certificates" report')
assert log.contains('BUILD SUCCESS')

def page = new File(basedir, 'target/site/smime-check.html')
assert page.isFile()
def html = page.text
assert html.contains('FAIL')
assert html.contains('2027-06-01T00:00:00Z')
assert html.contains('smime-check-report.html')

// The page links the evidence, which the site carries beside it.
assert new File(basedir, 'target/site/smime-check/smime-check-report.html').isFile()
assert new File(basedir, 'target/site/smime-check/SHA256SUMS').isFile()
return true
