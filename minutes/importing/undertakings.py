"""Sentences in which someone of the meeting undertakes to act: "The Clerk will write to …".

A clerk reads "The Clerk will write to the Diocese", "Officers will report back in March",
"Cllr Smith will circulate the figures" or "Councillor Vesey undertook to send the list" as
an action: someone the minutes can give work to (an officer's role, also with its remit
after a dash, "The Assistant Director – Planning", an office holder such as the Town Mayor
or a Cabinet Member, a school's SENCo, a councillor, a side of a joint consultative committee
("Management agreed to share …"), or a person on the meeting's register), then "will" (or
"undertook to") and a verb of doing. A prediction is not: "the work will take three months" has no
such owner, "the council will benefit" no verb of doing, and "Dame Judith will give the
keynote" names someone from outside the meeting, and an offer waiting on a condition the minutes
leave open ("Anne offered to run the stall if someone else …") is no task taken on yet
(minutes.importing.offers).
"""

from __future__ import annotations

import re
from functools import lru_cache

from minutes.importing.honorary import NOT_A_SENTENCE_END, OFFICE_PREFIX, SHORT_OFFICE
from minutes.importing.offers import offered_on_condition
from minutes.importing.roles import BODY_LETTERS, NAMED_OFFICE, OFFICE_LETTERS

# The roles a minute gives work to. Bodies ("the Council", "Members") are left out:
# "the Council will benefit", "Members will receive a briefing" are not anyone's task.
ROLE = (
    r"(?:(?:Deputy |Assistant |Parish |Town )?Clerk|RFO|Treasurer|(?:Company )?Secretary|"
    r"(?:Vice[- ])?(?:Convener|Convenor|President)|"
    # "The Town Mayor will invite …", "the Deputy Mayor"
    r"(?:Vice[- ])?Chair(?:man|person)?|Officers?|(?:(?:Deputy|Lord|Town|City) ){0,2}Mayor|"
    # "The Deputy Headteacher (Pastoral) will present …": a school's deputy or assistant head,
    # often with a remit in brackets (REMIT)
    r"(?:(?:Deputy|Assistant) )?Head ?teacher|"
    r"Head of [A-Z][\w&'’]*(?: (?:and |of |& )?[A-Z][\w&'’]*){0,3}|"
    # "The Director of Children's Services will write …": a service named with a possessive
    r"(?:(?:Assistant|Deputy|Executive|Corporate|Strategic|Service) )?Director"
    r"(?: of [A-Z][\w&'’]*(?: (?:and |& )?[A-Z][\w&'’]*){0,3})?|"
    # "The Cabinet Member undertook to send …", "the Executive Member for Housing": a member
    # of the executive, named by the office, as a Portfolio Holder is
    r"(?:Cabinet|Executive|Lead) Member(?: for [A-Z][\w&]*(?: (?:and |& )?[A-Z][\w&]*){0,3})?|"
    # "The Lead Governor will write to …": an NHS foundation trust's governor who leads the
    # Council of Governors, named by the office
    r"Lead Governor|"
    # "Deputy Chief Constable Fennick will send …", "The Assistant Chief Constable will
    # arrange …": a chief officer's deputy or assistant, by rank (and surname), as a police
    # force or a fire service names its officers
    r"Chief Executive|Chief Officer|(?:(?:Deputy|Assistant) )?Chief (?:[A-Z][\w-]* ){0,2}[A-Z][\w-]*|"
    r"(?:Deputy )?Leader(?: of the Council)?|"
    r"Portfolio Holder(?: for [A-Z][\w&]*(?: (?:and |& )?[A-Z][\w&]*){0,3})?|(?:Police and Crime )?Commissioner|(?:Vice[- ])?Principal|Provost|"
    # "The Area Dean will circulate …": a deanery's clergy lead ("Rural Dean"), and the Dean
    r"(?:(?:Area|Rural) )?Dean|Archdeacon|"
    # "The Pro-Vice-Chancellor (Education) will bring …": a university's officers
    r"(?:(?:Pro-|Deputy )?Vice-)?Chancellor|"
    # "The SENCo will share the provision map …": a school's offices by their letters, and
    # a trust's ("The CFO will update …", minutes.importing.roles)
    rf"[A-Z]{{3,4}}C[Oo]|{OFFICE_LETTERS}|"
    # "The Vicar will meet the head teacher …": a parish's clergy and churchwardens
    r"(?:Team |Associate )?(?:Vicar|Rector|Curate)|Priest-in-[Cc]harge|Churchwardens?|"
    # "The Bandmaster will arrange …", "the Musical Director": a band's or a choir's leader
    r"Bandmaster|Conductor|Musical Director|"
    # "The Hon. Sec. will write to the league": an office written short (HONORARY before it)
    rf"{SHORT_OFFICE}|"
    # "Management agreed to share the results …", "the Trade Union Side will consult …": a
    # side of a joint consultative committee, as a group, takes on a task
    # (the employers' side is the national employers', another body)
    r"Management|(?:Management|Trade Union|Union|Staff) Side|"
    # "The Civic and Mayoral Officer", "the Community Safety Analyst": any named office
    rf"{NAMED_OFFICE})"
)
# "Cyng." (Cynghorydd) is a Welsh council's "Cllr".
# "District Cllr Voce": a councillor of another tier, named by the tier.
COUNCILLOR = (
    r"(?:(?:County|District|Borough|City|Town|Parish|Ward|Unitary) )?"
    r"(?:Cllrs?\.?|Councillors?|Cyng\.?|Cynghorydd) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
)
# ("NHS will publish …": a body's letters are no one's initials, minutes.importing.roles)
INITIALS = rf"(?!{BODY_LETTERS}\b)[A-Z]{{2,4}}"
# "The Assistant Director (Corporate Parenting)": a role with its remit in brackets.
# "The Chief Executive of the OPCC": of the office it serves.
# "The Assistant Director – Planning": the remit after a dash, as a council's officers sign
# (a body after the dash is whose officer it is: "The Chief Executive – Wendlow District
# Council will write to all parishes" is another body's officer).
REMIT = (
    r"(?: \([A-Z][^()]{0,40}\)| of the [A-Z][\w&]*(?: [A-Z][\w&]*){0,3}"
    r"| [–—-] (?!(?:[A-Z][\w&'’]* ){0,3}(?:Council|Committee|Board|Authority|Trust|Agency|"
    r"Partnership|Association|Commission|Government)\b)"
    r"[A-Z][\w&'’]*(?: (?:and |& )?[A-Z][\w&'’]*){0,3})?"
)
# "The daily leader will sign …", "the clerk will write …": an office in lower case, always
# after "the" or "our" so that the words are read as a title.
LOWER_CASE_OFFICE = (
    r"(?:[Tt]he |[Oo]ur )(?:[a-z-]+ ){0,2}(?:clerk|secretary|treasurer|chair|chairman|"
    r"chairperson|leader|manager|officer|coordinator|co-ordinator|administrator|warden|"
    r"caretaker|pastor|vicar|rector|minister|headteacher|bursar)"
)
# "The lead trustee for safeguarding will review …", "the link governor for SEND will visit …":
# one trustee or governor given an area of the board's work, "for" and the area after the
# office. Without the area it is no office ("Trustees will be asked …"; "the trustees for the
# almshouse" are another body's). The words before the office describe it ("lead", "link"),
# not the office's election or role ("The election of trustee for finance will take place
# …"); the area is a word or three, never a thing named with "the" ("the trustee for the
# almshouse", "the custodian trustee for the time being") nor a clause of what was said ("The
# trustee for finance said it will take three months …").
AREA_HOLDER_WORD = r"(?!(?:of|for|to|and|as|at|in|on|by|with|a|an|the)\b)[a-z-]+"
NOT_AN_AREA_WORD = (
    r"(?:said|says|thought|thinks|felt|feels|hoped|hopes|expected|expects|believed|believes|"
    r"reported|reports|confirmed|confirms|explained|stated|noted|suggested|advised|agreed|"
    r"warned|added|understood|assumed|anticipated|feared|fears|predicted|knew|was|is|were|are|"
    r"had|has|it|this|that|they|he|she|we|there)"
)
AREA_WORD = rf"(?!{NOT_AN_AREA_WORD}\b)[\w&'’-]+"
AREA_HOLDER = (
    rf"[Tt]he (?:{AREA_HOLDER_WORD} ){{0,2}}(?:trustee|governor) for (?!(?:the|a|an)\b)"
    rf"(?:{AREA_WORD} ){{0,2}}?{AREA_WORD}"
)
# "The Hon. Treasurer will put …": a club's honorary officer, "Hon." before the office, or
# an assistant, "The Asst. Clerk will book …" (minutes.importing.honorary).
HONORARY = rf"(?:{OFFICE_PREFIX} )?"
OWNER = (
    rf"(?:(?:[Tt]he |[Oo]ur )?{HONORARY}{ROLE}{REMIT}|{LOWER_CASE_OFFICE}|{AREA_HOLDER}|"
    rf"{COUNCILLOR}|{INITIALS})"
)
# The verbs of doing a task: "will write", "will now circulate", "will also follow up".
DOING = (
    r"(?:add|amend|apply|approach|arrange|ask|attend|book|brief|bring|buy|chase|check|circulate|"
    r"clarify|collate|collect|compile|confirm|consult|contact|convene|coordinate|co-ordinate|fix|"
    r"carry out|complete|include|come back(?! from\b)|cost|design|display|distribute|do|draft|draw up|email|e-mail|"
    r"establish|explore|feed back|file|hire|fill in(?! for\b)|find out|find(?= (?:a|an|another|some|someone|somebody|more|new|enough|volunteers|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\b)|follow up|forward|get(?! (?:married|engaged|better|well|used|along|home|elected|re-elected|involved)\b)|identify|inform|inspect|"
    r"instruct|introduce|investigate|invite|issue|let|liaise|look into|meet|monitor|notify|obtain|"
    # "Mike will look for a second-hand set and bring prices …": a search for something the
    # meeting needs, as "find" and "source" are ("will look forward to …" is none: every
    # pattern reads the verb to a word's end)
    r"look for|"
    r"lead|phone|plan|print|ring|sort out|speak to|talk to|tell|sign|go through|look at|"
    # (taking leave, a post or retirement is no task: "The Deputy Headteacher will take
    # maternity leave from April", "… will take up post in September")
    r"take(?! (?:up (?:\w+ )?(?:post|role|position)|(?:early )?retirement|(?:(?:her|his|their|a|"
    r"some|annual|maternity|paternity|adoption|shared|parental|sick|study|compassionate|special|"
    r"unpaid|extended) ){0,3}leave)\b)|"
    r"order|organise|organize|pay|place|post|prepare|propose|put|present|produce|progress|provide|"
    # "Cllr Hale will remove the rocking horse …", "the Clerk will install the new bin": work
    # on a site or its things ("will remove himself from the meeting" for an item he has an
    # interest in is no work)
    r"remove(?! (?:him|her|them|your|our)sel(?:f|ves)\b)|install|clear|clean|paint|dispose of|"
    r"publish|purchase|pursue|raise|record|refer|remind|renew|repair|replace|reply|report|"
    r"request|research|respond|return|review|revise|run|schedule|seek|send|set up|share|"
    r"shortlist|source|speak|submit|survey|test|train|update|upload|visit|write)"
)
ADVERB = r"(?:(?:now|then|also|therefore|shortly|urgently|again|kindly|personally) )?"
# "Following discussion, the Clerk will …": a short lead-in before the owner.
LEAD_IN = r"(?:[A-Z][\w ’'-]{0,40}, )?"
# "will write", or "undertook to write": the person gave the meeting their word.
# "agreed to book", "offered to speak", "was asked to write", "is to prepare": a task taken
# on or given, in other words.
WILL = (
    r"(?:(?:kindly |also )?(?:agreed|offered|volunteered) to|will|undertook to|undertakes to|"
    r"has undertaken to|(?:was|were) (?:asked|instructed|requested) to|is to|are to)"
)
# "The Trading Standards Manager, who was in the public gallery, undertook to …";
# "Councillor Pennefather, Portfolio Holder for Communities, undertook to …" (an office
# named after the person, in capitals).
ASIDE = r"(?:, (?:(?:who|as) [^,]{1,80}|(?:the )?[A-Z][\w'’-]*(?: (?:for|of|and|&|the|[A-Z][\w'’-]*)){0,6}),)?"
UNDERTAKING_RE = re.compile(
    rf"^{LEAD_IN}(?P<owner>{OWNER}(?: and (?:the )?{OWNER})?){ASIDE} {WILL} {ADVERB}{DOING}\b"
)
# "In reply, the Director of Finance explained that the reserve would be restored …, and
# undertook to circulate a note …": the owner's account first, then the word given, in one
# sentence. Only after "explained/confirmed/said that …" closed by a comma, and only
# "undertook/offered/volunteered": in "Cllr Brown noted that the parish council had
# considered the matter and agreed to take no further action" the agreement is the parish
# council's, and a clause whose subject is a body ("… that the Council had …, and offered
# to …") leaves whose word it was unclear.
BODY_SUBJECT = (
    r"(?i:(?:the |its |their |our )?(?:[\w'’-]+ ){0,3}?(?:council|committee|board|authority|"
    r"agency|group|trust|members|government|department|company|club|association|partnership|"
    r"panel|cabinet|executive|meeting|governors|trustees|police|service)s?\b)"
)
ACCOUNT_THEN_UNDERTAKING_RE = re.compile(
    rf"^{LEAD_IN}(?P<owner>{OWNER}){ASIDE} (?:explained|confirmed|said|replied|advised|stated) "
    rf"that (?!{BODY_SUBJECT})(?:[^.!?;,]|[.,](?=\d)){{1,300}}?, "
    rf"and (?:undertook|offered|volunteered) to {ADVERB}{DOING}\b"
)
# "Members asked the Clerk to write …", "The Committee instructed the Treasurer to …": a
# task the meeting gave to one of its officers.
GIVEN_TASK_RE = re.compile(
    rf"^(?:The |Members |Councillors |Trustees |Governors |Directors )?(?:[A-Z][\w-]* ){{0,3}}?"
    rf"(?:asked|instructed|requested) (?P<owner>{OWNER}) to {ADVERB}{DOING}\b"
)
# "We ask Tomasz Nowak to send …", "We ask our clerks to put …": a Quaker meeting giving a
# task, in the first person.
WE_ASK_RE = re.compile(
    rf"^We (?:ask|invite|request|instruct) (?P<owner>(?:our |the )?[A-Za-z][\w'’ -]{{1,40}}?) "
    rf"to {ADVERB}{DOING}\b"
)
# A rank or title before the name: "Inspector Moss", "Captain Nance", "Dr Haddad".
# A member's form of address in a club's or a church's minutes: "Lion Gareth Mowberley",
# "Rtn Sue Bell", "The Revd Tom Aylesbury".
ADDRESS = r"(?:Lion|Rtn|Rotarian|(?:The )?Revd|(?:The )?Rev\.?|(?:The )?Reverend)"
RANK = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Inspector|Insp|Sergeant|Sgt|PC|Supt|Captain|Capt)\.? "
    rf"|{ADDRESS} (?:Canon |Dr )?)"
)
NAMED_RE = re.compile(
    # ("Ray and Jackie will do the walkabout …": two people of the meeting, together)
    rf"^{LEAD_IN}(?P<rank>{RANK})?(?P<owner>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
    rf"(?: and [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)?)"
    # "Gary (Vehicle Officer)"; "Mrs Heptinstall, as Electoral Roll Officer, will put up …"
    rf"(?P<remit> \([A-Z][^()]{{0,40}}\))?{ASIDE} {WILL} {ADVERB}{DOING}\b"
)
# "Mr Arkholme said that it was, and undertook to circulate the breakdown …": one of the
# meeting's people, named by a title and surname, giving an account and then their word.
ACCOUNT_THEN_NAMED_RE = re.compile(
    rf"^{LEAD_IN}(?P<rank>{RANK})(?P<owner>[A-Z][\w'’-]+){ASIDE} "
    rf"(?:explained|confirmed|said|replied|advised|stated) that (?!{BODY_SUBJECT})"
    rf"(?:[^.!?;,]|[.,](?=\d)){{1,300}}?, and (?:undertook|offered|volunteered) to "
    rf"{ADVERB}{DOING}\b"
)
# A cheap test first: the words any of those sentences has.
TASK_WORDS_RE = re.compile(
    r" (?:will |undert|agreed to |offered to |volunteered to |asked |instructed |requested "
    r"|is to |are to |ask |invite |request |instruct )"
)
# A name the minutes give in full ("Philippa Gray will send …") is someone's, even off the
# register; these first words start a phrase, not a name ("The Council will …").
NOT_A_FIRST_NAME = {
    "The",
    "This",
    "That",
    "These",
    "Those",
    "Our",
    "Its",
    "Their",
    "It",
    "We",
    "They",
    "Members",
    "Officers",
    "Council",
    "Committee",
    "Board",
    "Group",
    "Work",
    "Next",
    "Deputy",
    "Vice",
    "Assistant",
    "Senior",
    "Chief",
    "All",
    "Both",
    "Each",
}
# A sentence ends at a full stop, but not the one after "Cyng." or "Dr." before a name, nor
# after "Hon." or "Asst." before an office ("The Hon. Secretary will send …").
SENTENCE_END_RE = re.compile(
    r"(?<=[.!?])(?<!\bCyng\.)(?<!\bCllr\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)"
    rf"{NOT_A_SENTENCE_END}(?<!\bInsp\.)"
    r"\s+(?=[A-Z“\"'(])"
)
# "Insp. Ruthwell reported fewer thefts …. She will share the monthly figures …": a task
# taken on by the person whose report the sentence before gave, named there by a title
# ("Insp. Ruthwell", "Cllr Askern", "The Clerk") or as one of the meeting's people.
PRONOUN_UNDERTAKING_RE = re.compile(rf"^(?:He|She|They) will {ADVERB}{DOING}\b")
REPORTER_RE = re.compile(
    rf"^(?P<owner>(?:{RANK})[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|{COUNCILLOR}|(?:[Tt]he )?{ROLE}"
    rf"|(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?))"
    r" (?:reported|said|explained|confirmed|updated|advised|informed|told|outlined|described)\b"
    r"(?P<rest>.*)$"
)
# Someone else named in the report ("… that Mr Dacre had opened a shop"): whose "she" it is
# is not plain.
# "… that the contractor was running late", "… the developer's agent": someone named by what
# they are, no one of the meeting, whose "he" it may as well be.
ANOTHER_PERSON_RE = re.compile(
    rf"\b(?:{RANK}|{COUNCILLOR}|[A-Z][\w'’-]+ [A-Z][\w'’-]+ (?:had|has|was|is|would|will)\b"
    r"|(?:[Tt]he|[Aa]n?|his|her|their) (?:[a-z][\w-]* )?(?:contractor|developer|agent|applicant|"
    r"auditor|architect|builder|consultant|engineer|landlord|landowner|owner|tenant|resident|"
    r"neighbour|surveyor|supplier|solicitor|company|firm)s?\b)"
)
# "The Churchwardens reported …. They will arrange …": "they" is plainly the reporters only
# when they are more than one ("Cllr Askern said that Highways were due on site. They will
# inspect the drains." is Highways).
PLURAL_REPORTER_RE = re.compile(
    r"^(?:[Tt]he )?(?:Churchwardens|Officers|Management|(?:Management|Trade Union|Union|Staff) "
    r"Side|(?:Cllrs|Councillors) .*)$"
)


def owner_of(sentence: str, names: frozenset[str] = frozenset()) -> str:
    """Who undertakes to act in a sentence ("The Clerk will reply." → "The Clerk"); else ""."""
    words = TASK_WORDS_RE.search(sentence)
    if not words or len(sentence) > 400:
        return ""
    if offered_on_condition(words.group(), sentence[words.end() :]):
        return ""  # "Wendy offered to run the stall if someone else …": no task yet
    match = (
        UNDERTAKING_RE.match(sentence)
        or GIVEN_TASK_RE.match(sentence)
        or ACCOUNT_THEN_UNDERTAKING_RE.match(sentence)
    )
    if match:
        return match.group("owner")
    match = WE_ASK_RE.match(sentence)
    if match:
        return match.group("owner")
    match = ACCOUNT_THEN_NAMED_RE.match(sentence)
    if match and match.group("owner") in names:
        return f"{match.group('rank')}{match.group('owner')}"
    match = NAMED_RE.match(sentence)
    if match and all(
        not _group(person) and (person in names or _full_name(person) or goes_by(person, names))
        for person in match.group("owner").split(" and ")
    ):
        # "Sam will circulate …": Sam is on the register ("Inspector Moss": Moss is); a title
        # and a surname alone ("Mrs Patel will write …") are no one of the meeting's
        return f"{match.group('rank') or ''}{match.group('owner')}"
    return ""


# ... and these last words end a body's name ("Natural England will publish …").
NOT_A_SURNAME = {
    "England",
    "Wales",
    "Scotland",
    "Ireland",
    "Rail",
    "Water",
    "Council",
    "Agency",
    "Trust",
    "Authority",
    "Police",
    "Service",
    "Services",
    "Office",
    "Ltd",
    "Limited",
    "Group",
    "Partnership",
    "Network",
    "Board",
    "Committee",
    "Highways",
    "Energy",
    "Power",
    "Homes",
    "Housing",
    "Health",
    "University",
    "College",
    "School",
    "Church",
    "Association",
}


def _reporter(sentence: str, undertaking: str, names: frozenset[str]) -> str:
    """Who gave the report of a sentence, named so that "he" or "she" of the undertaking
    after it is plainly them ("Insp. Ruthwell reported …" → "Insp. Ruthwell"); else ""."""
    match = REPORTER_RE.match(sentence)
    if not match or ANOTHER_PERSON_RE.search(match.group("rest")):
        return ""
    if match.group("name") and match.group("name") not in names:
        return ""
    owner = match.group("owner")
    if undertaking.startswith("They ") and not PLURAL_REPORTER_RE.match(owner):
        return ""
    return re.sub(r"^(?:[Tt]he|[Oo]ur) ", "", owner)


# "Gaby", "Sammy", "Chris", "Katie": a first name cut short, perhaps with its last letter
# doubled, and perhaps ending "y", "ie", "ey" or "s", as people are called by those they meet
SHORT_ENDING = r"(?:y|ie|ey|s)?"


# "Paula" for "Paul", "Louise" for "Louis", "Danielle" for "Daniel": a name of its own and
# a letter or two more, another person's name, not the name cut short
OWN_NAME_ENDING = ("a", "e", "le")
# "Councillor", "Reverend", "Captain": a form of address before a first name is none ("Council
# will write …" is no short form of Councillor Ann Pryor's name)
ADDRESS_WORD_RE = re.compile(
    r"(?:Cllr|Councillor|County|Borough|District|Town|Parish|Alderman|Mr|Mrs|Ms|Miss|Mx|Dr|"
    r"Prof|Professor|Rev|Revd|Reverend|Canon|Father|Sister|Sir|Dame|Lord|Lady|Baroness|"
    r"Inspector|Sergeant|Captain|Commander|Major|Colonel)\.?"
)


def goes_by(person: str, names: frozenset[str]) -> bool:
    """Whether one word is a short form of the first name of someone on the register: "Gaby"
    for Gabriella Wintle, "Sammy" for Samantha Pryor, "Chris" for Christopher Dane. At least
    the first three letters are the name's, and the short form is no longer than it ("Samson"
    is no one's short form of Samantha); a name that is the word and "a", "e" or "le" is
    another's ("Paul" is not Paula Pryor, nor "Eric" Erica Hay)."""
    if " " in person or len(person) < 3:
        return False
    return any(
        re.fullmatch(rf"{re.escape(first[:cut])}{re.escape(first[cut - 1])}?{SHORT_ENDING}", person)
        for first in _first_names(names)
        if first[:3] == person[:3]
        and len(first) > len(person)
        and first.removeprefix(person) not in OWN_NAME_ENDING
        for cut in range(3, len(first))
    )


@lru_cache(maxsize=64)
def _first_names(names: frozenset[str]) -> frozenset[str]:
    """The words before the surname of each name given in full, but a form of address
    ("Cllr Ann Bell" → "Ann")."""
    return frozenset(
        word
        for name in names
        if " " in name
        for word in name.split()[:-1]
        if not ADDRESS_WORD_RE.fullmatch(word)
    )


def _group(owner: str) -> bool:
    """ "Deputy Lieutenants", "All Members": a body's members together, whose agreement is
    the body's decision, not one person's task."""
    words = owner.split()
    return len(words) == 2 and words[0] in NOT_A_FIRST_NAME and words[1].endswith("s")


def _full_name(owner: str) -> bool:
    words = owner.split()
    return len(words) == 2 and words[0] not in NOT_A_FIRST_NAME and words[1] not in NOT_A_SURNAME


# "(2) Mr Pardoe undertook to circulate the list …": a paragraph numbered in brackets within
# its item, as a council's printed minutes number them.
BRACKETED_NUMBER_RE = re.compile(r"^(?P<num>\(\d{1,2}\))\s+(?=[A-Z(])")


def find_undertaking(
    text: str, names: frozenset[str] = frozenset()
) -> tuple[str, str, str, str] | None:
    """The first undertaking in a paragraph: (text before, the sentence, its owner, text after)."""
    if not TASK_WORDS_RE.search(text):
        return None
    starts = [0, *(m.end() for m in SENTENCE_END_RE.finditer(text))]
    for place, start in enumerate(starts):
        end = starts[place + 1] if place + 1 < len(starts) else len(text)
        sentence = text[start:end].strip()
        numbered = BRACKETED_NUMBER_RE.match(sentence)  # kept with the sentence, no owner's
        owner = owner_of(sentence[numbered.end() :] if numbered else sentence, names)
        if not owner and place and PRONOUN_UNDERTAKING_RE.match(sentence):
            owner = _reporter(text[starts[place - 1] : start].strip(), sentence, names)
        if owner:
            owner = re.sub(r"^(?:[Tt]he|[Oo]ur) ", "", owner)
            tag = TAG_AFTER_RE.match(text, end) or INITIALS_AFTER_RE.match(text, end)
            if tag:  # "… the new contribution. (Action 1)": its row in the log goes with it
                sentence, end = f"{sentence} {tag.group(1)}", tag.end()
            return text[:start].strip(), sentence, owner, text[end:].strip()
    return None


# "(Action 1)", "(AP2)", "(QS/26/08)" standing after the sentence of a task, at the end of
# its paragraph: the task's row in the meeting's log of actions, read with the task.
# "Dario will run the first course in May. (DS)": the owner's initials after the full stop,
# at the end of the paragraph, read with the task.
INITIALS_AFTER_RE = re.compile(r"\s*(\([A-Z]{2,4}\))\s*$")
TAG_AFTER_RE = re.compile(
    r"\s*(\((?:(?:Action|Task|Job|Ref\.?)\s+)?(?:[A-Z]{1,4}[\s/-]?)?\d{1,4}(?:/\d{1,3})?\))\s*$"
)
