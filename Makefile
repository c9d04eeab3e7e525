# digestpress — Pelican quickstart conventions, plus RAWDIR (the editor's inbox).
# Every target installs what it needs on first use: `make html` and `make test` work on a
# fresh clone.

PY ?= python3
VENV ?= $(CURDIR)/.venv
BIN := $(VENV)/bin
PELICAN ?= $(BIN)/python -m digestpress.build
PELICANOPTS ?=

BASEDIR := $(CURDIR)
INPUTDIR ?= $(BASEDIR)/content
OUTPUTDIR ?= $(BASEDIR)/output
RAWDIR ?= $(BASEDIR)/raw
CONFFILE ?= $(BASEDIR)/pelicanconf.py
PUBLISHCONF ?= $(BASEDIR)/publishconf.py
REPORT ?= $(BASEDIR)/ingest-report.json
INGESTOPTS ?=
PORT ?= 8000
BIND ?= 127.0.0.1

STAMP := $(VENV)/.installed-stamp

.PHONY: help install ingest html regenerate serve publish test lint clean bench shots translations \
	eval-stories

help:
	@echo 'make html      ingest $$(RAWDIR) into $$(INPUTDIR), then build the site in $$(OUTPUTDIR)'
	@echo 'make test      run the test suite'
	@echo 'make install   create $$(VENV) and install digestpress with its pinned dependencies'
	@echo 'make ingest    clean the raw inbox into posts (report: $$(REPORT))'
	@echo 'make serve     build, then serve on http://$$(BIND):$$(PORT)/, rebuilding on changes'
	@echo 'make publish   build for SITEURL (from the environment) with $$(PUBLISHCONF)'
	@echo 'make bench     measure ingest, build and story grouping speed (writes bench.json)'
	@echo 'make eval-stories  pairwise precision/recall of story grouping on the labelled sets'
	@echo 'make shots     screenshots of a digest page (phone/desktop, light/dark) in output-shots/'
	@echo 'make translations  extract UI strings, update and compile the gettext catalogs'
	@echo 'make lint      ruff'
	@echo 'make clean     remove generated output and caches'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

install: $(STAMP)

ingest: $(STAMP)
	$(BIN)/digestpress ingest $(RAWDIR) --content $(INPUTDIR) --report $(REPORT) $(INGESTOPTS)

html: ingest
	$(PELICAN) --if-changed $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(PELICANOPTS)

regenerate: ingest
	$(PELICAN) -r $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(PELICANOPTS)

serve: $(STAMP)
	$(BIN)/digestpress serve --bind $(BIND) --port $(PORT) --output $(OUTPUTDIR) -- \
		RAWDIR=$(RAWDIR) INPUTDIR=$(INPUTDIR) OUTPUTDIR=$(OUTPUTDIR) CONFFILE=$(CONFFILE)

shots: html
	$(BIN)/python -m tests.shots $(OUTPUTDIR) $(BASEDIR)/output-shots

translations: $(STAMP)
	$(BIN)/pybabel extract -F theme/babel.cfg -o theme/translations/messages.pot --no-location \
		--omit-header -k _ -k gettext -k ngettext:1,2 .
	$(BIN)/pybabel update -i theme/translations/messages.pot -d theme/translations -D messages \
		--no-fuzzy-matching
	$(BIN)/pybabel compile -d theme/translations -D messages --statistics

publish: ingest
	$(PELICAN) --if-changed $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF) $(PELICANOPTS)

test: $(STAMP)
	@bash .ci/system-deps
	$(BIN)/python -m pytest $(PYTESTOPTS)

lint: $(STAMP)
	$(BIN)/ruff check digestpress plugins tests pelicanconf.py publishconf.py

eval-stories: $(STAMP)
	@echo 'Tuning sets (settings were chosen on these):'
	@$(BIN)/python -m digestpress.stories.evaluate $(addprefix tests/stories/,dev dev2 dev3 dev4 dev5 dev6)
	@echo
	@echo 'Held-out sets (written blind to the code; settings were not chosen on them):'
	@$(BIN)/python -m digestpress.stories.evaluate $(addprefix tests/stories/,eval eval2 eval3 eval4 eval5 eval6 eval7)

bench: $(STAMP)
	$(BIN)/python -m digestpress.bench --out $(BASEDIR)/bench.json $(BENCHOPTS)

clean:
	rm -rf $(OUTPUTDIR) output-shots $(REPORT) bench.json bench-work cache .pytest_cache .ruff_cache
	find theme/translations -name '*.mo' -delete
	find . -name __pycache__ -type d -prune -not -path './.venv/*' -exec rm -rf {} +
