from __future__ import annotations

from xlate.rules.facts.compare import disagreements, measure_label
from xlate.rules.facts.entities import Entities
from xlate.rules.facts.ledger import Ledger, Statement, document_ledger, may_compare
from xlate.core.finding import Span
from xlate.rules.base import Case, CorpusRule, register

MAX_NAMED = 3   # other statements a finding names before "and N more"


@register
class FactConflict(CorpusRule):
    """Across the corpus (and within one article), the same quantity of the same entity stated with values that
    cannot both be true: each statement is reported, naming the others (file:line and words). A statement is
    a figure with its unit, read in its sentence.

    Who a statement is about: which names are one entity. The entity is a glossary concept through any of
    its renderings and acronyms, or a name. A name glossed with an acronym is one entity with it (not a
    dateline's place with its agency: "GUADALAJARA (EFE) —" and "EL HIERRO (EFE) —" are two places), an
    acronym written alone is the one name of the corpus whose initials spell it ("la OEA", "la Organización
    de Estados Americanos"), and so
    are a full name and the one word of it the corpus also writes alone ("Kast", "Izalco"), unless that
    word shortens two names with nothing else in common. A name in English copy and its translation word
    for word in Spanish copy are one: "Latin America" and "América Latina", "Dominican Republic" and
    "República Dominicana" (words of two or more, each the same, one with an ending added, or cognates of
    six letters or more that open alike). So is a place the two languages name otherwise: "Havana" and "La
    Habana", "Mexico City" and "Ciudad de México", "Brazil" and "Brasil", from a table of the Unicode
    CLDR's names of countries, regions and cities. A name after a title ("President Dina Boluarte",
    "Energy Minister Vicente de la O Levy") is the name alone; a title with no name ("the President", "el
    ministro de Energía y Minas") is no entity; "la Armada" after "la Armada de Colombia" in one article is
    that navy. A sentence's first word names a place when a table lists it, though it is a common word too
    ("Argentina produce en total", "Chile exports": the places of the adjectives below). A place named by the
    adjective of its people is that place ("las exportaciones energéticas argentinas" are Argentina's, as
    "Argentina's energy exports" are; "Venezuelan oil"), from a table of WordNet's adjectives of countries, cities
    and districts and their Spanish translations; not the people a figure counts ("250 migrantes venezolanos",
    "eran venezolanos"), nor a currency ("dólares australianos"). A name ends with its number: "Line 1" is not
    "Metro Line 2". A name joined to a modifier's word names no one: "The Santiago-based miner" is the miner,
    "U.S.-funded flights" the flights.

    Which name a sentence's figure is about. The name nearest the figure, or the one its sentence opens
    with after its dateline ("Coca Codo Sinclair ... provides some 25% of Ecuador's power"). Not a place
    things come from ("migrants from Venezuela"); not the owner or the place of a thing named ("Codelco's
    El Teniente mine", "La mina El Teniente, de Codelco,", "Lima's Jorge Chávez airport" are the mine and
    the airport; "Jorge Chávez de Lima" is Jorge Chávez too); not who says or estimates the figure ("...,
    the club said", "La Cámara calcula pérdidas de", "..., dijo el gerente del proyecto, Gustavo Ferrari");
    not where a part of what it counts is, named in an apposition ("11 people died, most of them in the
    city of Machala", "9.000 talleres, 2.000 de ellos en Izalco", "including 3,100 in Canoas", "unos 860.000 barriles diarios, de
    los que casi dos tercios salieron de Vaca Muerta").
    A figure's clause goes on past an apposition ("Some 3,000 migrants, most of them from Venezuela, set
    out").

    A sentence that names nothing. When it opens with a pronoun or, in Spanish, its verb ("It supplies",
    "Abastece"), it is about the subject of the sentence before (named there, or carried on from the one
    before it); an event done to a pronoun ("la inauguró en 2021", "opened it in 2021") dates that subject,
    not who did it. Otherwise it is about what was named last ("The prison holds") or who says it. Such a
    sentence may be about any of these, and is compared on the one another article's sentence is about ("It
    is expected to carry 430,000 passengers a day" after "Line 7 ...", "El Metro calcula que transportará
    unos 250.000 pasajeros diarios"); it is also about what the sentence before opened with ("El acueducto
    ... en el municipio de China. Se trata de una obra de 1.400 millones de pesos, según el gobierno": the
    aqueduct, not China nor the government). A sentence whose subject brings in a thing of its own, an
    indefinite noun phrase or an English one with no article ("A ticket costs", "Una entrada cuesta",
    "General admission costs"), takes from the sentence before only who spoke and the story's main thing.

    Descriptions. A sentence's subject is not the thing named before when it is a whole that thing is part
    of ("La red de Metro suma hoy 143 estaciones" after a sentence on Line 7, "The national grid
    delivered") or another of its class ("La otra planta, de un consorcio ruso, producirá", "the original
    runway", "the older plant", which describe nothing named before), several of it ("its three mills"), or
    its country unnamed ("El país produjo unos 860.000 barriles diarios", "The country exported"): the
    country's figure, not the formation named before nor a part the sentence names after it ("..., y Nariño
    aportó unas 45.000"), one in two articles of one story. It is what "the prison" described
    earlier ("Cecot, a prison", "el Estadio BBVA" for "the stadium", a glossary note), unless a name follows
    it ("la central Omoa", "la planta de Omoa" are Omoa's). A glossary variant that is such a description
    ("the plant", "la central") is another name's when one stands before it ("la Autoridad de Transporte";
    the matcher reads "la Autoridad del Canal de Panamá" as the concept's own name), and stands for its
    concept only in a document that names the concept (by a term, or a name of it: "Tela's mill" for "Tela
    pulp mill"). A glossary term's class noun, lowercase before the name in Spanish or after it in English
    ("represa de Itaipú", "lago Titicaca", "Itaipu dam"), describes it: in a document that names Itaipú,
    "la represa" and "the dam" are Itaipú (a plural, "islas Canarias", names a group, not what "la isla"
    is). A noun wire copy calls its story's main thing by ("la planta", "the shelter", "el
    recinto", "the park", "la ciudadela", "el lago") that no description resolves is the last thing named
    whose name holds the noun ("del parque" after "Parque Nacional Tortuguero"), else the entity the
    article names most.

    Events and people with no name. An event or a person the story gives no name is an entity of its own,
    one in two articles that tell one story (that share two names): "the runoff" and "la segunda vuelta",
    "the quake" and "el sismo", "a 7-year-old girl" and "una niña de 9 años". The people a story's event
    killed, wounded or evacuated are one count of the story ("Four workers were killed at the refinery",
    "Seis trabajadores murieron en el siniestro") unless each sentence names another place. The thing a
    sentence opens with as a definite noun ("La planta emplea", "The plant employs", "The rotating cuts
    affect") is also the story's thing of that noun, one in two articles of one story whatever name each
    article's description resolves it to: a real noun of a thing by its first sense in WordNet (a work, a
    place, a body of people, a substance, an act: not a person, a time, a quantity, a report), read past its
    modifiers ("The $1.3 billion first phase", "La nueva planta"), not a named one ("El puerto del Callao")
    nor an owner ("The quake's epicenter"). People
    counted by what happened to them, by the work they do or by where they live are people whatever noun
    counts them ("killed 14 people", "21 muertos", "230 heridos"; "33 remain missing" counts what the figure
    before counted; "trabajan unas 1.800 personas", "trabajan 3.000 operarios"; a place's population:
    "home to about 11,000 people", "where about 2,000 people live", "donde viven", "de unos 16.000
    habitantes", habitantes being persons), but children and women are a
    part of them, a count of their own.

    What it measures. The measure is what the words of its clause say it is (capacity, "built to house",
    population, deported, detained, released, killed, wounded, sentenced to death (no death: "condenadas a
    muerte", "on death row"), cost, votes, age, distance from a named
    place, the year something opened, was founded (an institution that "opened its doors" was founded then),
    built, elected, born or died, the day something opened or is held, "set for Oct. 19", "será el 26 de
    octubre", evacuated, displaced, employed; "seats 53,500", "who is 37", the years a person has, turns or is
    said to be of, "tiene 40 años", "a sus 53 años", "el agresor de 31 años", "a gentleman of 57 years",
    "Ana Ruiz, 22 años," are an age, not the years of a thing they have, "40 años de experiencia"; forced
    "to flee their homes" is evacuated; a sum before an undertaking, or after it with "de", is its cost: "a $450 million expansion",
    "una ampliación de 45 millones de dólares", and before a work past its name, "the $1.6 billion Río Indio
    reservoir", or before the works a story describes, "the $4.7 billion mill" (the mill's cost; the mill is
    still the one thing described, not several); the noun a name completes, with of/de or in/en, says the
    measure though the name ends the subject, "the population of Lima", "hotel occupancy in Copiapó", "la
    ocupación hotelera en Copiapó", unless it names a thing, a place or a living being ("el aeropuerto de
    Tulum" is Tulum); a measure counted per period said right after the figure is one of that period,
    "costs $5 million a year", "deporta a 1.000 migrantes al mes", "$120 a night", "150 dólares por noche"
    (a nightly rate), while "for a week", "after a month of repairs" say how long, not how often; a record and the year
    it goes back to is a figure, "the lowest level since 1943", "el nivel más bajo desde 1998", and that
    year dates no figure beside it; what a breakdown "took offline", "dejó fuera del sistema", is an amount
    lost, compared with amounts lost, never with the plant's power; "can handle", "podrá mover" say a
    capacity; an investment a work requires is its cost, "will require an investment of about $1.1 billion",
    and so is a sum it was built for, "built for about 20 billion pesos"; "injuring", "hurt" count the
    wounded). Where no word names the measure, the unit does, in two articles about the same subject: a unit
    that names one thing of an entity (megawatts, hectares, stations, seats, turbines) compares as it stands
    ("300 megawatts of installed capacity", "460 megavatios"); a broad one (a percentage, money, a time, a
    length, a weight, a count of people) compares only when both clauses share a word saying what it
    measures, the same word, a cognate or one measure of the English-Spanish table ("12% of the
    electricity", "el 18 % de la electricidad"; "the trip", "el viaje"; "passengers", "pasajeros"; "set
    out", "salieron", a phrase whose words alone say nothing of it: "set fire"), and not a monthly rate with
    an annual one; a length is of the thing its noun names ("the 93-kilometer pipeline", "el acueducto de 39
    kilómetros": a glossary description such as "the pipeline" is its concept, though a figure stands inside
    it), and a diameter, a width, a depth or a height is not a length ("de 76 centímetros de diámetro"); a
    share is of the whole said after it, and two shares of different wholes are two measures ("86% of the
    diesel it uses", "el 56 % del consumo de combustibles"; "12% of the electricity" and "el 18 % de la
    electricidad" are one); a sentence stating two figures of one such unit ("80 kg, 85 kg") is listed by
    `xlate facts` but never compared, except the first of two set against each other ("45 minutes, against nearly
    two hours"); a figure a gapped clause states without its unit has the unit of the one before, and is listed,
    never compared ("Peru had about 92,000 hectares and Bolivia roughly 31,000", "y Perú unas 800.000"); things
    counted by a common noun outside the table ("1.400 pozos ilegales", "22 colonies") compare only with the same
    noun, its cognate, a noun cut short of it ("hippos", "hipopótamos") or one the other's figure or clause names
    ("24 mangas o puentes de embarque", "36 boarding bridges") in another article of the same story, as a
    broad unit ("12 towers" of two stories, or whose clauses say nothing of them, are never compared); a sum
    restated in another currency ("1.2 billion pesos, or about $65 million") measures what the first does.

    Within one article, two figures are compared only when both sentences name the entity (an article that
    says "he" twice, "a guest house with 46 beds", "hotels with 300 beds", speaks of two things).

    Restated sentences. Two articles of one story often say one sentence twice, in two languages or two
    wordings: "Colombia had 253,000 hectares of coca in 2024, the UN office said" and "Coca covered 235,000
    hectares in Colombia in 2024, according to the UN office's survey". When the two sentences share their
    content words besides the figures (a quarter of all their words or more, each word read as itself,
    its English lemmas or a cognate), a figure of one unit that each states once, about an entity both
    name, is compared though the test of whom it is about fails (one sentence's figure read as the
    office's). What it measures must still be one ("expected 2 million visitors" and "recibió 1,6
    millones de visitantes" restate one sentence, but a forecast is not what came), unless one clause says
    nothing of it ("la reserva alcanza para unos 70 días" restating "will run dry in about 40 days"); never a capacity
    with what is carried, a change with a level, a part or an average with a whole, nor the whole a part
    is taken from ("12 of the country's 32 departments").

    Units and numbers. Units convert (47 miles is 75.6 km, acres are hectares, minutes hours; a temperature
    in Fahrenheit is one in Celsius as a level, "95 °F" is 35 °C, but the amount of a change stays in
    Fahrenheit, compared only with Fahrenheit; "Celsius" names no one; "-5 °C" and "menos 5 grados" are below
    zero) and numbers
    read alike in both languages ("15.000 reos", "15,000 inmates", "1.800 millones de dólares", "$1.8
    billion"); a fraction of something is a percentage, round as "about" says ("una cuarta parte de los
    casos", "a third of the electricity", "casi la mitad"); an ordinal that counts a series is a count of
    what its clause names ("the 12th cut since March", "el noveno recorte desde marzo", "su sexto año
    consecutivo"), one that says which ("the first round") is none.

    When two values disagree. A figure allows the values that round to it (at most 2.5% off; 5% with
    "about"), "over", "at least", "up to", "nearly" and "más de" widen it as they say (with the
    article Spanish writes after them: "más del 80 %", "cerca del 30 %", "casi el 40 %"), and two statements
    disagree only when no value satisfies both: "over 200" and "over 250" agree, and so do "at least 1,200
    homes" and "2.100 viviendas" (a floor is no count), "about 74" and "75" kilometres do not (the desk
    should settle on one figure); two ceilings state one maximum, so "blackouts of up to 20 hours" and
    "apagones de hasta 12 horas" disagree, while "up to 3 miles" and "hasta cinco kilómetros" agree (each
    top rounds, 2.5% either way) and a ceiling agrees with any count under it; a compound modifier between a
    figure and its noun is read past ("41 U.S.-funded flights" are 41 flights), and so is a size written as a
    compound ("1.1 million twenty-foot containers", "300 two-story homes" count containers and homes); pounds of what is weighed
    are a weight ("7,200 pounds of cocaine"; "25.000 libras" alone may be money), containers are counted in
    TEU, customers and clientes, abonados, trains and trenes, ships and buques, jobs and empleos are counted
    alike; an ordinal "del año", "this year" counts the year's series ("el tercer apagón del año"), not a
    part of the year or a place in a ranking ("el segundo semestre del año"); a verb may say a change's size
    ("halve", "doubled", "se duplicaron": 50% and 100%), and a fall to a fraction is a fall of the rest
    ("cayó a la mitad" against "fell 40%"); a place in a ranking is a figure ("the third-largest seizure in
    Ecuador's history", "el segundo más grande de su historia"; not "the second protest"); what police or
    customs seized is a count of events, compared only with one of its date ("En 2025, la Armada incautó 960
    toneladas" sums the year's seizures); "enero de 2024" dates a month, not the year; a vessel something is
    found aboard is where, and the source that reports it is whose find ("Marines found 8.3 tonnes aboard
    the Mar del Sur, the Navy said").

    Not compared: a capacity with a population (different measures) or with a level its unit names at a
    moment ("aportaba 190 megavatios el jueves", "now produces 190 megawatts", "Tras la avería, la central
    generaba 376 megavatios") or in a clause told in the past ("generated 300 megawatts last year", "El motor
    entregó unas 3,8 toneladas de empuje", "They held about 570 million cubic meters"), facts of different dates ("in 2023", "last year", "Oct. 19", "21 de octubre",
    "in October", "of November", "cerró octubre"; a span of months, "between January and November", "entre
    enero y noviembre", and a part of a year as its months, "in the third quarter", "el primer semestre",
    "the first nine months", "in the 12 months to September", and a season, "in the rainy season", "en época
    de lluvias", "in the summer of 1967"; "two weeks earlier", "dos semanas antes", "antes del derrame", "before the blackout",
    "a year ago", "hace un año", "the winter before", "la temporada anterior", a source's first figure, "the
    institute's first estimate put it at", "un primer cálculo", "la estimación preliminar" (never the story's own day, which
    an undated figure is; nor what a change is measured against, "up 6% from a year earlier", "más que el año
    anterior"); "last season" is "la campaña pasada"; a figure its sentence sets against one of another
    date is not of that date ("95,000 inhabitants, against 80,000 in 2010"); the story's own time, a day of the week or the
    present ("85,700 passengers on Sunday", "hoy", "now"), is an undated figure's date but no year's,
    month's or other day's ("25,4 millones de pasajeros en 2025"; not the day a report was made, "said on
    Thursday it would import 45 million liters in December", nor "Santo Domingo", "Black Friday"); a date
    after a dateline opens its sentence ("BOGOTA — In 2022, ..."); a relative clause has the date of the
    noun it is said of: "el incendio de febrero de 2024, que dejó 137 muertos", "the 1999 blaze, in which 29
    people died"; "last year" and "this year" are years only in an article that gives its own date, in its
    front matter ("date: 2026-12-04") or its dateline ("MONTEVIDEO, Dec. 4, 2026 —"), else the same words
    only; a span of months a clause's start cuts is still the span's ("Entre enero y septiembre la estatal
    produjo"); a statement without a date
    is compared with a dated one, except counts of events, killed, detained, deported, evacuated, votes,
    which may be another day's, and running totals "since 2022", "since March", "so far this year", "en lo que
    va del año" ("since January" is the year so far), "since it crossed the border", "desde que salió",
    "desde entonces", and the first days, weeks or months of something, "in the first two weeks of the
    season", "en las dos primeras semanas de la temporada" (compared only with the same span), and a figure
    from the date a rule or a change takes effect, "starting in November", "a partir de enero", "effective
    January 1", after its clause or in it (compared only with a figure from the same date, never with one of
    now: "Izalco charges $150" and "cobrará 100 dólares a partir de enero" are no contradiction), and a figure
    foretold for a year, "will employ 1,200 people once fully running in 2028", "en 2030 transportará", "se
    prevé que", compared with the same year and with an undated figure whose sentence foretells too
    ("transportará unos 250.000 pasajeros diarios"), never with one of now ("It opens with 700 workers"), and an
    undated figure whose sentence foretells ("el ministerio prevé unas 80.000 toneladas", "will employ 2,000") with
    none of a date already past ("Last year's harvest was about 66,000 tons", "empleaba a 1.500 el año pasado");
    what a stage costs or carries, "the first phase", "en su primera etapa transportará", is compared only with a
    stage's; a goal, "aimed to handle 4
    million passengers", "a goal of", "la meta era mover", "was expected to", and a demand or a proposal, "had
    pushed for a 20% raise", "los sindicatos pedían un aumento de", "propuso", only with a goal, never with
    what was done, though a forecast of the future, "is expected to carry", compares as "will" does, and a
    goal's noun in an apposition describes a thing, no goal: "La catedral, meta de todas las rutas, recibió
    1,8 millones de visitantes"),
    changes ("rose to", "slowed to"; a shortfall, un déficit, a surplus is a difference, and so is a figure
    from a norm, "1.3 meters below its long-term average", "superó en 1,2 grados el promedio", not a height
    "above sea level"; not the stuff that fell, right after its verb, "cayeron 24 milímetros de lluvia",
    "fell 3 tonnes of ash", an amount; an increment,
    "another 500", "a further 200", "otros 300") but with changes of
    their kind (the level reached: "lowered its forecast to 1.2%" / "redujo a 2,1%"; the amount: "a 25% pay
    rise" / "un aumento del 15%"), ranges ("between 65 and 70", "entre cinco y seis horas", "2,200-2,400 inmates"; not "31
    people, and 33 remain missing"), the
    smaller part of a compound amount ("una hora y 50 minutos"), rates ("each cell holds"; the size of each of
    the things counted, "5,2 millones de sacos de 60 kilos", "20 trucks of 40 tonnes") and parts ("12 of
    them", "aporta 1,5 millones de hectáreas al total", a place's area after "de la", "cubrieron 1.600 km² de
    la reserva", but not "las 2.000 hectáreas del parque"; not a weight or a volume of a stuff, "54,000 tons of
    the brown seaweed"; the whole an event's part is taken from: "freed 12 of the 40 inmates"; a whole
    named after its part: "ocupa 23 hectáreas, de un terreno de 166"), the rest
    of a whole once a part is taken ("el 60% restante", "the remaining 60%", "the other 60%") and a
    superlative said to be the figure, the record of a class whoever else the sentence names ("the oldest
    age on record is 122 years, Ruiz's claim").

    Severity info: reported, never failing a run, unless the configuration raises it."""

    code = "XL801"
    name = "fact-conflict"
    kind = "fact"
    severity = "info"
    summary = "The same quantity of the same entity stated with values that cannot both be true."
    rationale = ("Two articles of one desk that give one fact different values leave readers unsure which "
                 "to believe, and one of them is wrong.")
    cases = (
        Case.wrong("Izalco lies about 74 kilometers from San Miguel.", "Izalco lies 75 kilometers from San Miguel.",
                   flagged="about 74 kilometers",
                   message='Izalco, distance from San Miguel: "about 74 kilometers" disagrees with b.md:1 '
                           '"75 kilometers" (Izalco lies 75 kilometers from San Miguel.)',
                   why="about 74 allows 73.5 to 74.5, 75 allows 74.5 to 75.5: two figures for one distance"),
        Case.right("Izalco lies 75 kilometers from San Miguel.", "Izalco lies 47 miles from San Miguel.",
                   why="47 miles is 75.6 km"),
        Case.right("At least 1,200 homes were destroyed in Izalco.", "En Izalco quedaron destruidas 2.100 viviendas.",
                   why="at least 1,200 allows 2,100: a floor and a count agree"),
        Case.wrong("Izalco approved a $450 million expansion of its airport.",
                   "Izalco aprobó una ampliación de 45 millones de dólares de su aeropuerto.",
                   flagged="$450 million expansion", why="a sum before an undertaking, or after it with 'de', is its cost"),
        Case.wrong("MONTEVIDEO, Dec. 4, 2026 (Reuters) — The Izalco mill produced 1.2 million tonnes of pulp last year.",
                   "MONTEVIDEO — La planta de Izalco produjo 1,9 millones de toneladas de celulosa en 2025.",
                   flagged="1.2 million tonnes", why="an article dated 2026 means 2025 by last year"),
        Case.right("MONTEVIDEO, Dec. 4 — The Izalco mill produced 1.2 million tonnes of pulp last year.",
                   "MONTEVIDEO — La planta de Izalco produjo 1,9 millones de toneladas de celulosa en 2025.",
                   why="an article that gives no year of its own says no year by last year"),
        Case.wrong("The Izalco reservoir is at its lowest level since 1943.",
                   "El embalse de Izalco está en su nivel más bajo desde 1998.",
                   flagged="lowest level since 1943", why="a record goes back to one year"),
        Case.right("Izalco deports 1,000 migrants a month.", "Izalco ha deportado a 12.000 migrantes.",
                   why="a count per month is no total"),
        Case.wrong("Izalco holds about 15,000 inmates.", "Izalco, a 40,000-inmate prison, opened in March.",
                   flagged="about 15,000 inmates", why="two populations; a 40,000-inmate prison holds 40,000"),
        Case.right("Izalco has capacity for 40,000 inmates.", "Izalco holds about 15,000 inmates.",
                   why="a capacity and a population are different measures"),
        Case.right("The government deported over 200 Venezuelans to Izalco.",
                   "Izalco took over 250 Venezuelans deported in May.",
                   why="over 250 is also over 200"),
        Case.right("In 2023, Izalco held 12,000 inmates.", "Izalco holds 15,000 inmates this year.",
                   why="facts of different dates"),
        Case.wrong("La cárcel de Izalco alberga a unos 15.000 reos.", "Izalco holds 40,000 inmates.",
                   flagged="unos 15.000 reos", why="Spanish and English copy compare: reos are inmates, 15.000 is 15,000"),
        Case.right("Izalco costó 115 millones de dólares.", "Izalco cost $115 million to build.",
                   why="the same amount in both languages"),
        Case.right("The number of inmates at Izalco rose to 20,000.", "Izalco holds 15,000 inmates.",
                   why="a change is never compared"),
        Case.right("Izalco has 12 towers.", "Izalco has 14 towers.",
                   why="towers are outside the table of units: `xlate facts` lists both, the rule compares neither"),
        Case.wrong("Piedra Larga has 300 megawatts of installed capacity.", "El parque Piedra Larga tiene 460 megavatios.",
                   flagged="300 megawatts", why="megawatts say by themselves what is measured: one plant, one installed power"),
        Case.wrong("Floods killed 14 people in Asunción.", "Las inundaciones dejaron 21 muertos en Asunción.",
                   flagged="14 people", why="people killed and muertos are one count: the event is the measure, the noun only who"),
        Case.wrong("The farm supplies 12% of the electricity used in Oaxaca.",
                   "El parque abastece el 18 % de la electricidad de Oaxaca.",
                   flagged="12%", why="a percentage compares when both clauses say of what: electricity, electricidad"),
        Case.right("Oaxaca spent $610 million on roads.", "Oaxaca receives $3 million in rent.",
                   why="two amounts of money whose clauses say different things: a cost and a rent"),
        Case.right("On Oct. 19 the storm had killed 14 people in Tela.", "By Oct. 21, 19 people had died in Tela.",
                   why="counts of one event on two days"),
        Case.wrong("President Dina Boluarte, 62, flew to Tela.", "La presidenta Dina Boluarte, de 61 años, viajó a Tela.",
                   flagged="62", why="a title before a name: President Dina Boluarte is Dina Boluarte"),
        Case.wrong("Energy Minister Tomás de la Vega said repairs would take about three weeks.",
                   "El ministro de Energía y Minas, Tomás de la Vega, dijo que la reparación tomará unos tres meses.",
                   flagged="about three weeks",
                   why="a title before a name with particles (de la) is the person's; the portfolio (Energía y Minas) "
                       "is part of the title, no entity"),
        Case.wrong("The Izalco plant opened in 2016.\n\nIt supplies about 30% of the electricity.",
                   "Izalco provides some 25% of the country's power.", flagged="about 30%",
                   why="\"It\" is the subject of the sentence before; electricity and power are one measure"),
        Case.wrong("Argentina's energy exports reached $9.7 billion in the first ten months of the year.",
                   "Las exportaciones energéticas argentinas sumaron unos 7.900 millones de dólares entre enero y octubre.",
                   flagged="$9.7 billion", why="argentinas, the adjective of its people, names Argentina"),
        Case.right("Vila killed three women in Tela.", "Vila committed eight murders in Tela.",
                   why="three women are a part of the dead: a count of their own"),
        Case.wrong("Rodrigo Paz won the first round, the Tela tribunal said. The runoff is set for Oct. 19.",
                   "Rodrigo Paz ganó la primera vuelta en Tela. La segunda vuelta será el 26 de octubre.",
                   flagged="Oct. 19",
                   why="an event without a name (the runoff, la segunda vuelta) is one entity in two articles of one story: "
                       "they name Rodrigo Paz and Tela alike"),
        Case.wrong("In Tela, Rodrigo Paz said a 7-year-old girl died on the road.",
                   "En Tela, Rodrigo Paz dijo que una niña de 9 años murió en el camino.",
                   flagged="7-year-old",
                   why="an unnamed person (a girl, una niña) is one in two articles of one story"),
        Case.right("A 7-year-old girl from Tela was found.", "A 9-year-old girl from Izalco was found.",
                   why="two articles that share no names tell two stories: two girls"),
        Case.wrong("Pilgrims walked from Tela to Izalco.\n\nThe cathedral itself drew 2.8 million visitors over the year.",
                   "Los peregrinos caminaron de Izalco a Tela.\n\nLa catedral recibió 1,8 millones de visitantes durante el año.",
                   flagged="2.8 million visitors",
                   why="the thing a sentence opens with (the cathedral, la catedral) is one in two articles of one story, "
                       "though each article's last name differs"),
        Case.right("Some 2,000 teachers set fires in Tela on Monday.", "Unos 4.000 maestros salieron de Tela el lunes.",
                   why="\"set\" alone is no departure (\"set out\" is): setting fires and leaving are two things"),
        Case.wrong("Casa Tela was founded in 1987.", "Casa Tela abrió sus puertas en 1997.", flagged="in 1987",
                   why="an institution that opened its doors (abrió sus puertas) was founded then"),
        Case.wrong("Children under 15 make up 40% of the dengue cases in Tela.",
                   "Los menores de 15 años representan una cuarta parte de los casos de dengue en Tela.", flagged="40%",
                   why="a fraction is a share: una cuarta parte is about 25%"),
        Case.wrong("TELA — Izalco had 253,000 hectares of coca in 2024, the Tela Office on Drugs said on Friday, "
                   "the largest area since its monitoring began.",
                   "TELA, Izalco — Coca covered 235,000 hectares in Izalco in 2024, according to the annual survey "
                   "by the Tela Office on Drugs.",
                   flagged="253,000 hectares",
                   why="the second article restates the first's sentence: one area, though one sentence's figure is "
                       "read as the office's and the other's as Izalco's"),
        Case.right("CUSCO — Machu Picchu expected 2 million visitors in 2024, Izalco said.",
                   "CUSCO — Machu Picchu recibió 1,6 millones de visitantes en 2024, según Izalco.",
                   why="a restated sentence never stands in for what is measured: visitors expected and received"),
        Case.right("The Izalco terminal in Tela can handle 5.5 million passengers a year.",
                   "La terminal de Izalco en Tela recibirá unos 3,2 millones de pasajeros este año.",
                   why="a restated sentence still tells a capacity from what is carried"),
        Case.right("Coca area in Izalco grew in 12 of Tela's 32 departments.",
                   "Coca grew in a dozen departments of Tela, Izalco said.",
                   why="32 is the whole the 12 are taken from, not what grew"),
        Case.wrong("TELA, Dec 2 — Nineteen people have died in the fire in Tela.",
                   "TELA, 2 de diciembre — Murieron nueve personas en el incendio de Tela.", flagged="Nineteen people",
                   why="a dateline's dash opens a sentence: \"Murieron\" is its verb, not a name before a number"),
        Case.wrong("Tela's central bank cut rates again. It was the 12th cut since March 2024.",
                   "El banco central de Tela volvió a recortar las tasas. Se trata del noveno recorte desde marzo de 2024.",
                   flagged="12th", why="an ordinal that counts a series (since, desde, consecutive) is a figure"),
        Case.right("Tela's monthly inflation reached 2.7% in October.",
                   "La inflación interanual de Tela llegó al 139 % en octubre.",
                   why="a monthly rate and an annual one are two measures"),
        Case.right("La Central Tela tiene una capacidad de 300 megavatios.",
                   "La Central Tela sigue en servicio. La central Omoa, de 250 megavatios, no.",
                   why="a description right before a name is that name's: la central Omoa is not la Central Tela"),
        Case.right("The Tela Mill can produce 300 tonnes a day.",
                   "The Tela Mill was shut. The mill Omoa can produce 250 tonnes a day.",
                   why="a description right before a name is that name's: the mill Omoa is not the Tela Mill"),
        Case.right("TELA — Diecinueve personas murieron en el incendio de Tela, informó Pemex.",
                   "TELA — El incendio de Tela dejó 19 muertos, informó Pemex. Tela recuerda el incendio de "
                   "febrero de 2024, que dejó 137 muertos.",
                   why="a relative clause has the date of its noun: the fire of February 2024 is another fire"),
        Case.right("The Tela plant can generate 330 megawatts at full capacity.",
                   "La central Tela aportaba apenas 190 megavatios el jueves.",
                   why="what a plant gives on a day is not what it can give"),
        Case.right("Tela's grid faced a shortfall of 1,650 megawatts.", "Las centrales de Tela aportaron 190 megavatios.",
                   why="a shortfall is a difference, not the level supplied"),
        Case.right("Tela's wheat covered 6.9 million hectares.",
                   "El valle norte de Tela aporta casi 1,5 millones de hectáreas al total.",
                   why="a figure said to add to a total is a part of it"),
        Case.wrong("The island of Tela is home to about 11,000 people.",
                   "La isla de Tela, de unos 16.000 habitantes, recibe turistas.", flagged="about 11,000 people",
                   why="the people a place is home to and its habitantes are one count: its population"),
        Case.wrong("About 11,000 people live in Tela.", "En Tela viven unas 16.000 personas.",
                   flagged="About 11,000 people", why="where people live counts them, whatever noun names them"),
        Case.wrong("Tela opened the $4.7 billion mill in 2024.", "La planta de Tela costó 3.000 millones de dólares.",
                   flagged="$4.7 billion mill", why="a sum before the works a story describes is their cost"),
        Case.wrong("About 31 millimeters of rain fell in Tela on Monday.",
                   "En Tela cayeron 24 milímetros de lluvia el lunes.", flagged="About 31 millimeters",
                   why="the stuff that fell, right after its verb, is an amount, not by how much something fell"),
        Case.wrong("Hotel occupancy in Tela reached 85%.", "La ocupación hotelera en Tela llegó al 70 %.",
                   flagged="85%", why="the noun a name completes with in/en says what is measured: occupancy"),
        Case.wrong("The Tela hotel charges $120 a night.", "El hotel Tela cobra 150 dólares por noche.",
                   flagged="$120", why="two nightly rates"),
        Case.wrong("Tela's museum reopened after a month of repairs and received 3,000 visitors.",
                   "El museo de Tela recibió 2.000 visitantes.", flagged="3,000 visitors",
                   why="after a month of repairs says how long, not a monthly rate"),
        Case.wrong("La catedral de Tela, meta de todas las rutas, recibió 1,8 millones de visitantes.",
                   "Tela's cathedral received 1.2 million visitors.", flagged="1,8 millones de visitantes",
                   why="a goal's noun in an apposition (meta de todas las rutas) describes the cathedral: no goal"),
        Case.wrong("Water on the Tela reef reached 95 °F in late August.",
                   "El agua de los arrecifes de Tela llegó a 31 °C a fines de agosto.", flagged="95 °F",
                   why="a level in Fahrenheit is one in Celsius: 95 °F is 35 °C"),
        Case.right("Tela's hospitals had 1,100 dengue patients on Friday.",
                   "Dos semanas antes, los hospitales de Tela tenían 800 pacientes con dengue.",
                   why="a figure of two weeks earlier is of another day than the story's"),
    )

    def observe(self, doc, ctx) -> Ledger:
        """The document's statements (when one is comparable), and the names and links of their entities."""
        if not may_compare(doc):
            return Ledger([], {}, [], [])
        ledger = document_ledger(doc, ctx, comparable_only=True)
        if not any(s.comparable for s in ledger.statements):
            return Ledger([], {}, [], [])
        return Ledger(ledger.statements, ledger.names, ledger.aliases, ledger.surnames, ledger.kinds)   # all: which is alone in its sentence

    def conclude(self, observations, ctx):
        entities = Entities(observations)
        statements = [s for ledger in observations for s in ledger.statements]
        for statement, others in disagreements(statements, entities).items():
            where = Span(statement.path, statement.line, statement.column, statement.end_line, statement.end_column,
                         statement.text, statement.part)
            yield self.report_at(where, _message(statement, others, entities), ctx=ctx)


def _message(statement: Statement, others: list[tuple[Statement, str]], entities: Entities) -> str:
    others = sorted(others, key=lambda item: (item[0].path, item[0].line, item[0].column))
    named = "; ".join(f'{other.location} "{other.text}" ({_context(other)})' for other, _ in others[:MAX_NAMED])
    more = f"; and {len(others) - MAX_NAMED} more" if len(others) > MAX_NAMED else ""
    about = entities.name(others[0][1])
    return f'{about}, {measure_label(statement, entities)}: "{statement.text}" disagrees with {named}{more}'


def _context(statement: Statement, width: int = 90) -> str:
    """The other statement's sentence around its figure, cut at words to about width characters."""
    sentence = statement.sentence
    if len(sentence) <= width:
        return sentence
    at = max(0, sentence.find(statement.text))
    start = max(0, min(at - width // 3, len(sentence) - width))
    end = start + width
    if start:
        start = sentence.find(" ", start) + 1 or start
    if end < len(sentence):
        end = sentence.rfind(" ", start, end) if " " in sentence[start:end] else end
    return ("…" if start else "") + sentence[start:end].strip(" ,;") + ("…" if end < len(sentence) else "")
