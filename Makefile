# Helhed's packages. The tests and CI are described in the README and .ci/run.
.PHONY: dist dist-linux dist-windows dist-check wine-check clean-dist

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

# Runs the Windows programs that dist built under Wine (.ci/wine-check).
wine-check:
	bash .ci/wine-check

clean-dist:
	rm -rf dist
