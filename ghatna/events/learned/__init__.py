"""The learned event coder: a trigger tagger trained on the annotated corpus, combined with the
rule coder's dictionary (as features and candidates) and its argument and modality steps."""
