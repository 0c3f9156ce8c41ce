# ghatna build targets. `make models` rebuilds the shipped spaCy pipeline from ../shared/data
# (about 1-1.5 h on 2 CPU cores; CI never runs it).

PYTHON ?= .venv/bin/python
SHARED := ../shared/data
HDTB := $(SHARED)/ud_hindi_hdtb/legacy_v1_2015-10-23_a9b2b4d
ILNER := $(SHARED)/ner_hi/il_ner_hindi
HINER := $(SHARED)/ner_hi/hiner_validation_only
MODEL := ghatna/models/hi_ghatna
CORPUS := training/corpus
OUTPUT := training/output
# one BLAS thread per training job: the UD and the NER pipelines train side by side on 2 cores
RUN := OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 PYTHONHASHSEED=0 PYTHONPATH=. nice -n 5 $(PYTHON)

.PHONY: models model-data learning-curve

models: model-data
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
