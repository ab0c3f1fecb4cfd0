"""The verbs that report what someone said or estimated, in both languages: one list for every reader.

News reports a figure through someone: "the club said", "informó la Policía", "La Cámara calcula
pérdidas de", "said on Thursday". Who says a figure is not what it is about, the day it was said is
not the day it holds, and the verb says nothing of what the figure measures: the fact rule's
readers (xlate/rules/facts: ledger, scopes, measures) all ask the same question of the same verbs.

The forms are those news writes of a third person, past and present, singular and plural ("said",
"says", "say"; "dijo", "dice", "dijeron", "dicen"). Estimating and forecasting are sayings: a figure "estimated",
"calculated" or "forecast" by someone ("pronosticó") is theirs to state, not a property of who says it.
Verbs of thinking ("believe", "creo") are not here: an opinion gives no figure a source; nor "prevé",
which news writes as often for a plan ("prevé enviar 70 hipopótamos") as for a forecast.
"""

from __future__ import annotations

from xlate.text.fold import strip_accents

_ENGLISH = """say says said told tells added adds announced announces reported reports confirmed confirms stated
    explained explains noted estimated estimates calculated calculates forecast forecasts predicted predicts"""

_SPANISH = """dijo dice dijeron dicen afirmó afirma afirmaron afirman aseguró asegura aseguraron aseguran
    informó informa informaron informan explicó explica explicaron explican señaló señala señalaron señalan
    indicó indica indicaron indican declaró declara declararon declaran anunció anuncia anunciaron anuncian
    confirmó confirma confirmaron confirman reportó reporta reportaron reportan agregó agrega agregaron agregan
    añadió añade añadieron añaden estimó estima estimaron estiman calculó calcula calcularon calculan
    cifró cifra cifraron cifran pronosticó pronostica pronosticaron pronostican"""

# Every form, as written and without its accent (wire copy drops them: "informo", "senalo").
SAYING = frozenset(_ENGLISH.split()) | frozenset(_SPANISH.split()) \
    | frozenset(strip_accents(word) for word in _SPANISH.split())

# The same forms as a regular expression's alternation, longest first ("says" before "say"), but
# in the passive or the impersonal, which name no one who says: "nine people have been reported
# killed", "se reportaron apagones", "se dice que".
SAYING_PATTERN = r"(?<!\b(?:be|been|being|is|are|was|were|se)\s+)(?:" \
    + "|".join(sorted(SAYING, key=lambda word: (-len(word), word))) + ")"
