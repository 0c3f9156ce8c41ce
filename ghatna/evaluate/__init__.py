"""Every measurement of the system against gold data: the model's parse (``ud``) and entities
(``ner``), time expressions (``timex``), events (``events``: the shared scorer; ``iitp``: the IIT
Patna corpus; ``lexicon``: how much of a corpus's predicates the lexicon decides) and the romaniser
(``translit``). The ``ghatna evaluate`` commands call these."""
