"""The fictional vocabulary the generated records are drawn from: names, places,
committees, titles, minute text, actions and their notes. None of it is a real council's."""

FIRST_NAMES = (
    "Alys Bram Cerys Dafydd Elin Fergus Gwen Hamish Ines Jory Kezia Lorcan Maren Niamh Osric "
    "Petra Quinn Rhian Soren Tamsin Ulric Vida Wren Xanthe Yestin Zara Anouk Bryn Carys Desmond "
    "Eira Finlay Greer Huw Isolde Jago Kit Lowri Merrick Nesta Orla Piran Rosalind Sian Tobin "
    "Una Valko Wynn Ysolde Zennor Ailsa Bede Clemency Dilwyn Esme Fen Gethin Hester Idris Jessamy"
).split()
SURNAMES = (
    "Ashdown Brackley Carrow Dunmere Eskdale Fallowfield Garside Hollin Ingleby Jessop Kettering "
    "Lathom Marlowe Nettlefold Ormsby Pendle Quarrie Rothwell Sedgwick Thornaby Upcott Vessey "
    "Wolstenholme Yeoland Arkwright Blencowe Cragg Dalby Eastwood Fenwick Gilchrist Harrowby "
    "Ibbotson Jaggard Kilburn Loxley Moorcroft Norbury Oddie Pitchford Redfern Scarth Tennant "
    "Ullathorne Varley Whitlock Yarrow Ainsworth Birtwistle Cottam Dewhurst Entwistle Farrimond "
    "Greenhalgh Holroyd Illingworth Jowett Kenyon Lumb Mellor Nuttall Ogden Pilling Ramsbottom"
).split()
PLACES = (
    "Eastbrook Millford Hallow Kestrel Vale Thornbury Ashcombe Wrenfield Coldharbour Saltmarsh "
    "Redgate Brambling Oakhurst"
).split()
SUBJECTS = (
    "Planning Licensing Audit Housing Transport Environment Health Education Finance Resources "
    "Waste Leisure Heritage Economy Climate Equalities Pensions Standards Highways Tourism"
).split()
KINDS = ("Committee", "Scrutiny Panel", "Board", "Sub-Committee", "Working Group")
POSITIONS = (
    "Head of Finance",
    "Director of Place",
    "Planning Manager",
    "Democratic Services Officer",
    "Head of Housing",
    "Policy Adviser",
    "Head of Legal Services",
    "Highways Engineer",
    "Climate Officer",
    "Head of Productivity",
)
TITLES = (
    "Budget monitoring report",
    "Capital programme update",
    "Local plan consultation",
    "Fees and charges review",
    "Risk register",
    "Performance report, quarter {q}",
    "Treasury management strategy",
    "Air quality action plan",
    "Homelessness prevention",
    "Playing pitch strategy",
    "Town centre regeneration",
    "Internal audit progress",
    "Flood risk management",
    "Annual complaints report",
    "Workforce strategy",
    "Digital services programme",
    "Procurement pipeline",
    "Community grants",
)
HEADINGS = (
    "Background",
    "Procurement",
    "Commercialisation",
    "Cyber security",
    "Finance",
    "Consultation",
    "Risks",
    "Next steps",
    "Equalities",
)
SENTENCES = (
    "Members were informed of the progress made since the last meeting.",
    "The officer introduced the report and highlighted the main changes.",
    "Members asked how the proposals would affect residents in rural wards.",
    "It was noted that the consultation had drawn over four hundred responses.",
    "The committee welcomed the work of the team and the partners involved.",
    "Concern was raised about the timetable for the second phase.",
    "Officers confirmed that the costs were within the approved budget.",
    "A member asked for the figures to be broken down by ward.",
    "The chair thanked everyone for their contributions.",
    "Members discussed the benefits of sharing the service with neighbouring councils.",
    "The risks were set out in the appendix to the report.",
    "An update would be brought back to a future meeting.",
    "The committee noted the savings achieved to date.",
    "Members were reminded of the statutory deadline.",
    "Officers explained how the scheme would be monitored.",
)
BULLETS = (
    "contract management",
    "measuring social value",
    "shared services",
    "income generation",
    "staff training",
    "resident engagement",
)
ACTION_TEXTS = (
    "Officers to circulate the {t} to all members.",
    "{o} to report back on the {t} at the next meeting.",
    "Arrange a briefing for members on the {t}.",
    "Write to the partners about the {t}.",
    "Publish the {t} on the council's website.",
    "Bring forward options on the {t} for the committee to consider.",
)
NOTES = (
    "Work has started; a draft is with the service manager.",
    "Circulated to members by email.",
    "Delayed while the consultation closes.",
    "Meeting held with the partners; a note will follow.",
    "Completed and reported to the committee.",
    "No longer needed: the scheme was withdrawn.",
    "Further information requested from the contractor.",
)
EXEMPT_REASON = "Paragraph 3 of Schedule 12A: information about financial or business affairs."
