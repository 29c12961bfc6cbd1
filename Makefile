# kg: make demo builds the demo graph and runs a stored query; make test runs the tests.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DEMO_STORE := demo-store
REALTEXT := ../shared/realtext
DEV_ARTICLES := $(filter-out %.gold.json,$(wildcard tests/dev/*))

.DEFAULT_GOAL := check
.PHONY: check install browser java virtuoso dist wheel-test demo screenshot test lint bench eval calibrate clean

check: test lint  ## default: tests, then lint

install: $(VENV)/.installed  ## make .venv with kg (and test tools) installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,serve,spark]'
	touch $@

demo: install  ## build a graph from the bundled articles in tests/dev/ and show the cast of one work
	rm -rf $(DEMO_STORE)
	KG_STORE=$(DEMO_STORE) $(BIN)/kg ingest $(DEV_ARTICLES)
	KG_STORE=$(DEMO_STORE) $(BIN)/kg query run cast -p work="Paper Crown"
	@echo "Now look around: .venv/bin/kg serve --store $(DEMO_STORE)   (then open http://127.0.0.1:8000/)"

screenshot: demo browser  ## docs/kg-serve.png, the README's picture of kg serve, from the demo store
	$(BIN)/python -m benchmarks.screenshot $(DEMO_STORE) docs/kg-serve.png /work/paper-crown

browser:  ## Debian's chromium for the SEO page test; where it cannot be installed that test is skipped
	@command -v chromium >/dev/null 2>&1 || { (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null 2>&1 \
	  || echo "chromium could not be installed here: the headless-browser SEO test will be skipped"; }

java:  ## a Java runtime for the Spark test (Debian's default-jre-headless); skipped with a message where it cannot be installed
	@command -v java >/dev/null 2>&1 || { (apt-get update -qq && apt-get install -y -qq default-jre-headless) >/dev/null 2>&1 \
	  || echo "java could not be installed here: the Spark test will be skipped"; }

virtuoso:  ## Virtuoso for the remote-store tests (Debian's virtuoso-opensource-7-bin: the server binary, no system service); skipped with a message where it cannot be installed
	@command -v virtuoso-t >/dev/null 2>&1 || { (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	  virtuoso-opensource-7-bin) >/dev/null 2>&1 || echo "Virtuoso could not be installed here: the remote-store tests will run on Oxigraph only"; }

dist: install  ## build the wheel and the sdist into dist/ (with the venv's setuptools: nothing downloaded) and check them with twine
	rm -rf dist build *.egg-info  # a stale egg-info manifest would add files the config leaves out
	$(BIN)/python -m build --quiet --no-isolation --outdir dist .
	$(BIN)/twine check --strict dist/*

# What wheel-test proves: the wheel alone carries kg (its code, ontology, shapes, JSON-LD context, stored
# queries, and kg serve's templates and static files). The fresh venv gets the wheel with --no-deps and sees the dependencies already installed in
# .venv through a .pth line, so spaCy and its model are not downloaded again; `pip check` there proves that
# they meet the wheel's declared requirements. kg runs from a scratch folder, so the checkout cannot stand in.
wheel-test: dist  ## install the built wheel into a fresh venv; run kg --help, an ingest, a stored query and kg seo from it
	@scratch=$$(mktemp -d) && trap 'rm -rf "$$scratch"' EXIT && set -e && \
	$(PYTHON) -m venv --without-pip "$$scratch/venv" && \
	$(BIN)/pip --python "$$scratch/venv/bin/python" install --quiet --no-deps dist/*.whl && \
	$(BIN)/python -c 'import sysconfig; print(sysconfig.get_path("purelib"))' \
	  > "$$("$$scratch/venv/bin/python" -c 'import sysconfig; print(sysconfig.get_path("purelib"))')/kg-deps.pth" && \
	$(BIN)/pip --python "$$scratch/venv/bin/python" check >/dev/null && \
	cd "$$scratch" && venv/bin/kg --help >/dev/null && \
	venv/bin/python -c 'import kg; assert kg.__file__.startswith("'"$$scratch"'/venv/"), kg.__file__' && \
	venv/bin/kg ingest "$(CURDIR)/tests/dev/two-series-disney.txt" --store store --workers 1 >/dev/null && \
	venv/bin/kg query run cast -p work=work/paper-crown --store store -f csv | grep -q "Lady Hwa" && \
	venv/bin/kg seo "$(CURDIR)/tests/dev/two-series-disney.txt" --store store | grep -q '"TVSeries"' && \
	venv/bin/python -c 'from importlib.resources import files; s = files("kg.serve"); \
	  assert (s / "templates" / "base.html").is_file() and (s / "static" / "app.js").is_file(), "no serve assets"' && \
	echo "the wheel installs and runs on its own: kg --help, ingest, query run and seo from $$scratch/venv"

test: install browser java virtuoso wheel-test  ## run the test suite (after building and trying the wheel)
	$(BIN)/pytest -q

lint: install  ## ruff over the package and tests
	$(BIN)/ruff check kg tests benchmarks

eval: install  ## score extraction: the dev set (tests/dev) and, when ../shared is there, the seed and the real-text sets
	$(BIN)/kg eval tests/dev $(wildcard ../shared/seed/*.gold.json $(REALTEXT)/webnlg-film $(REALTEXT)/redocred-film \
		$(REALTEXT)/tekgen-movie)

calibrate: install  ## measure each extraction rule's precision on ../shared/realtext (text nobody here wrote) and ship it as its confidence
	$(BIN)/kg eval $(REALTEXT)/webnlg-film $(REALTEXT)/redocred-film --rules \
		--ignore redocred-film:country_of_origin --calibrate kg/extract/data/confidences.json

bench: install  ## speed, with baselines measured in the same run
	$(BIN)/python -m benchmarks.bench

clean:  ## remove the virtual environment, stores and caches
	rm -rf $(VENV) $(DEMO_STORE) kg-store .pytest_cache .ruff_cache *.egg-info dist build
