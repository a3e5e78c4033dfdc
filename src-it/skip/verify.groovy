def log = new File(basedir, 'build.log').text
assert log.contains('smime-check skipped (smime.skip=true)')
assert !new File(basedir, 'target/smime-check/smime-check-report.json').exists()
return true
