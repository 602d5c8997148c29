# Shortcuts; dev.py does the work (and needs nothing but Python 3.11+).
.PHONY: demo test bench package
demo:
	python3 dev.py demo
test:
	python3 dev.py test
bench:
	python3 dev.py bench
package:
	python3 dev.py package
