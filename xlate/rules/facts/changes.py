"""The kinds of change a figure can state, as the marks they leave among a statement's words
(ledger.Statement.about). Two changes compare when their figures are of one kind (comparable.change_kind);
a change and a level never do. Below comparable.py and scopes.py, which both read them."""

CHANGE = "~"                   # every kind's first letter (compare reads a statement's changes by it)
LEVEL_REACHED = CHANGE + "level"    # "rose to 14", "lowered its forecast to 1.2%", "redujo a 2,1%"
LEVEL_LEFT = CHANGE + "from"        # "raising the fare from 45 cents to 60 cents": 45 cents was the fare
AMOUNT = CHANGE + "amount"          # "fell 40%", "a 25% pay rise", "un aumento salarial del 15%"
