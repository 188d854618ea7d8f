"""The offices a minute gives work to: one list for reading actions and undertakings.

"Clerk to write …", "The Community Safety Analyst will circulate …", "Chief Executive to
sign …": an office is named by a word for its holder (Officer, Manager, Analyst, Warden …),
after up to three capitalised words of its remit ("Civic and Mayoral Officer", "Head
of Repairs" is read apart; a society's "Newsletter Editor" is an office too). Bodies ("the
Council", "Members") are not offices.
"""

from __future__ import annotations

# The words that end the name of an office: "… Officer", "… Manager", "… Master".
OFFICE_NOUNS = (
    r"(?:Officer|Manager|Lead|Coordinator|Co-ordinator|Adviser|Advisor|Analyst|Engineer|"
    r"Warden|Registrar|Librarian|Master|Executive|Secretary|Treasurer|Clerk|Inspector|"
    r"Surveyor|Planner|Solicitor|Auditor|Accountant|Administrator|Bursar|Ranger|"
    r"Caretaker|Steward|Curator|Archivist|Organiser|Organizer|Controller|Superintendent|"
    r"Nurse|Consultant|Specialist|Assistant|Navigator|Practitioner|Champion|Convener|Convenor|"
    r"Beadle|Verger|Sexton|Bailiff|Marshal|Almoner|Chaplain|Agent|Leader|Supervisor|Partner|"
    r"Technician|Scientist|Ecologist|Architect|Editor)"
)
# "The Civic and Mayoral Officer", "Community Safety Analyst", "Harbour Master".
NAMED_OFFICE = rf"(?:[A-Z][\w-]* (?:(?:and|&) )?){{1,3}}{OFFICE_NOUNS}"

# An office by its letters after "The": "The CFO will update the pay scales …", "The SBM",
# "the HT", "the DSL" (a school's designated safeguarding lead), "the PCSO". One list for
# reading tasks (an officer owns what they will do) and decisions (an officer is no body:
# "The CEO approved the spend" is no board's decision). A body's letters are none of these:
# "The DfE will publish …", "The SACRE agreed …".
OFFICE_LETTERS = r"(?:C[EFIO]O|DPO|RFO|SBM|[AD]?HT|D?DSL|PCSO)"

# A body known by its letters, which owns no task of the meeting's with or without "The": "NHS
# will publish the new guidance …", "ICB to consult on …", as "The LGA will …" (health bodies,
# government departments and agencies, national bodies of parishes and clubs, broadcasters).
# One list for reading tasks, beside the initials of people ("JB will circulate …") and
# `OFFICE_LETTERS`; initials the register gives a person ("Nora Hale-Smith (NHS)") are still
# theirs. ("PCC" is none: a police and crime panel's Commissioner is a person it gives tasks,
# "PCC to respond to the panel …", and a church's PCC is given them as "Council to …" is.)
BODY_LETTERS = (
    r"(?:NHS|ICB|ICS|CCG|PCN|CQC|UKHSA|LGA|NALC|SLCC|DfE|DWP|DHSC|DLUHC|MHCLG|DCMS|DEFRA|Defra|"
    r"HMRC|HMCTS|DVLA|DVSA|ONS|HSE|BBC|ITV|PTA|CPRE|RSPB|NFU|RFU|ECB|TfL|OPCC|SACRE)"
)
