"""Facts stated across a corpus: figures said about entities, and whether they agree.

xlate/text/quantities.py reads a figure with its approximation, units.py its unit; mentions.py finds what a
document names, and referents.py what a sentence names and what its descriptions point back to;
figures.py finds the figures each paragraph states, ledger.py what each measures (the measure its words
name, its date), and subjects.py whom each is about (the entities named around it, or borrowed from the
sentences before); compare.py joins entities across documents and finds the statements that cannot both
be true. The rule XL801 (rules/fact_conflict.py) and `xlate facts` (cli/facts.py) read them.
"""
