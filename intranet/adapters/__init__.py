"""Code that follows a library's internals, one module per library; each
names the versions it was written for in `UPSTREAM`."""
