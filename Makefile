# Helhed's packages. The tests and CI are described in the README and .ci/run.
.PHONY: dist dist-linux dist-windows dist-check clean-dist

# Everything into dist/: the Linux archive, helhed.exe and helhed-cli.exe (packaging/dist.sh).
dist:
	bash packaging/dist.sh all

dist-linux:
	bash packaging/dist.sh linux

dist-windows:
	bash packaging/dist.sh windows

# Checks what dist built, as CI does.
dist-check:
	bash .ci/dist-check --no-build

clean-dist:
	rm -rf dist
