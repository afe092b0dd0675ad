"""Head nouns of appositions that say what a named thing is: a company, a trade, a person.

Shared by :mod:`.roles` and :mod:`.body_context` (kept apart so that neither imports the other).
"""

from __future__ import annotations

#: Head nouns of an apposition that say a name is a company's ("X, the Canadian mining company,").
_COMPANY_APPOS = frozenset({"company", "firm", "corporation", "conglomerate", "airline", "insurer", "retailer",
                            "manufacturer", "utility", "startup", "start-up", "bank", "automaker", "carmaker",
                            "chipmaker", "shipbuilder", "supermarket", "chain", "drugmaker", "planemaker",
                            "steelmaker"})

#: Head nouns that name a company only with a modifier of what it trades in ("the oil producer",
#: "a rail operator", "the national carrier", "the mining giant"); alone they name people as
#: often ("the producer of the film", "a software developer" is a person too, so no "software").
_TRADE_APPOS = frozenset({"producer", "developer", "operator", "maker", "carrier", "miner", "lender", "brewer",
                          "giant", "group", "supplier", "exporter", "importer", "refiner", "distributor"})

#: Nouns that name only a person: a capitalised name in apposition to one ("X Y, a spokeswoman
#: for ...", "X Y, the group's lawyer") is a person's, whatever the tagger made of it.
_PERSON_NOUNS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "professor", "lecturer", "economist", "analyst", "lawyer",
    "attorney", "researcher", "scientist", "activist", "campaigner", "resident", "student", "teacher",
    "pastor", "priest", "rabbi", "imam", "bishop", "doctor", "physician", "nurse", "surgeon", "farmer",
    "director", "chairman", "chairwoman", "chairperson", "chair", "executive", "adviser", "advisor",
    "strategist", "consultant", "manager", "author", "writer", "editor", "reporter", "correspondent",
    "columnist", "historian", "senator", "congressman", "congresswoman", "lawmaker", "legislator",
    "mayor", "governor", "candidate", "voter", "veteran", "mother", "father", "wife", "husband", "son",
    "daughter", "brother", "sister", "widow", "grandmother", "grandfather", "aide", "official", "officer",
    "diplomat", "ambassador", "minister", "secretary", "deputy", "president", "vice-president", "ceo",
    "founder", "co-founder", "cofounder", "worker", "employee", "retiree", "organizer", "organiser",
    "volunteer", "journalist", "commentator", "pollster", "expert", "specialist", "scholar", "fellow",
    "judge", "prosecutor", "detective", "sheriff", "commander", "general", "colonel", "captain", "sergeant",
    "soldier", "businessman", "businesswoman", "entrepreneur", "investor", "banker", "engineer", "architect",
    "artist", "actor", "actress", "singer", "musician", "poet", "novelist", "filmmaker", "producer",
    "coach", "player", "athlete", "owner", "shopkeeper", "man", "woman", "grandson", "granddaughter",
    "uncle", "aunt", "nephew", "niece", "cousin", "mom", "dad", "mathematician", "physicist", "chemist",
    "biologist", "sociologist", "psychologist", "anthropologist", "spokesmen", "lobbyist", "negotiator",
    "envoy", "counsel", "partner", "principal", "dean", "provost", "chancellor", "superintendent",
    "commissioner", "councilman", "councilwoman", "councillor", "councilor", "trustee", "delegate",
    "speaker", "leader", "head", "chief", "member", "supporter", "opponent", "critic", "observer",
})
