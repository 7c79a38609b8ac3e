# Hostile fixtures (issue "Trust"): every scenario in which a site, a proxy, a launcher or a
# second process tries to get a password somewhere its user did not name it. Capturing servers
# (FakeHttpServer records every request and its Authorization header) let each test assert what
# reached whom, not only the error code. One file per family, so they grow independently.
include(hostile/origin.cmake OPTIONAL)
include(hostile/approval.cmake OPTIONAL)
include(hostile/rotation.cmake OPTIONAL)
include(hostile/limits.cmake OPTIONAL)
