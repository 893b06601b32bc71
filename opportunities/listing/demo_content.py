"""Demo involvement opportunities: topics, areas, venues and ways to get involved.

Demo data only. The facts and kinds of activity come from the seed documents in
shared/seeds: the Involvement Bank, Triangle of Care reviews and recruitment panels of a
Cumbria, Northumberland, Tyne and Wear strategy; the community forums (six groups meeting in
quarterly rounds, online and in person in turn, in venues with step-free access, hearing
loops and Wi-Fi), the Development Group, the toolkits and carers' rights of a Surrey and
Borders report; the principles, before/during/after support and expenses of a
Nottinghamshire Healthcare guide; payment and information in other languages from a North
East London strategy; "start early, support people well, lead to action" from a news item
by an NHS member body. Every sentence is written afresh in plain English. The trust, its
areas, venues and contacts are invented.

Dates are relative: `starts_in_days` and `closes_in_days` count from the day the demo is
loaded; a negative `closes_in_days` means sign-up has closed.
"""

TOPICS = [
    {"slug": "carers", "name": "Carers"},
    {"slug": "young-people", "name": "Young people"},
    {"slug": "recruitment", "name": "Choosing new staff"},
    {"slug": "staff-training", "name": "Training for staff"},
    {"slug": "designing-services", "name": "Designing services"},
    {"slug": "information", "name": "Information and letters"},
    {"slug": "community-forums", "name": "Community forums"},
    {"slug": "crisis-care", "name": "Crisis care"},
    {"slug": "wards", "name": "Wards and hospital care"},
    {"slug": "equality-inclusion", "name": "Equality and inclusion"},
]

AREAS = [
    {"slug": "riverside", "name": "Riverside"},
    {"slug": "northfield", "name": "Northfield"},
    {"slug": "eastbrook", "name": "Eastbrook"},
    {"slug": "westmoor", "name": "Westmoor"},
    {"slug": "southgate", "name": "Southgate"},
    {"slug": "trust-wide", "name": "Across the trust"},
]

VENUES = [
    {
        "slug": "riverside-house",
        "name": "Riverside House",
        "address": "Riverside House\n1 Mill Lane\nRiverside\nRV1 2AB",
        "step_free_access": True,
        "hearing_loop": True,
        "wifi": True,
        "accessible_toilet": True,
        "parking": "Four blue badge spaces at the front. Other parking is on nearby streets.",
        "public_transport": "Riverside bus station is a 5-minute walk away on flat ground.",
        "access_notes": (
            "Come to the front desk and someone from the involvement team will meet you. "
            "There is a quiet room you can use at any time."
        ),
    },
    {
        "slug": "northfield-community-centre",
        "name": "Northfield Community Centre",
        "address": "Northfield Community Centre\n14 Station Road\nNorthfield\nRV4 7JD",
        "step_free_access": False,
        "hearing_loop": False,
        "wifi": True,
        "accessible_toilet": True,
        "parking": "Free car park next to the building.",
        "public_transport": "Northfield train station is a 10-minute walk away.",
        "access_notes": (
            "Our room is on the first floor and there is no lift. If stairs are hard for "
            "you, tell us and we will book the ground-floor hall instead."
        ),
    },
    {
        "slug": "eastbrook-library",
        "name": "Eastbrook Library, Community Room",
        "address": "Eastbrook Library\n3 Market Square\nEastbrook\nRV6 2QP",
        "step_free_access": True,
        "hearing_loop": True,
        "wifi": True,
        "accessible_toilet": False,
        "parking": "",
        "public_transport": "Buses 12 and 14 stop in Market Square, right outside.",
        "access_notes": (
            "There is no accessible toilet in the library. The nearest one is in the "
            "shopping centre next door, about 2 minutes away."
        ),
    },
    {
        "slug": "westmoor-hospital-learning-centre",
        "name": "Westmoor Hospital, Learning Centre",
        "address": "Learning Centre\nWestmoor Hospital\nMoor Road\nWestmoor\nRV8 5LT",
        "step_free_access": True,
        "hearing_loop": True,
        "wifi": True,
        "accessible_toilet": True,
        "parking": "Pay and display car park, with free blue badge bays by the main gate.",
        "public_transport": "Bus 7 stops at the hospital gate.",
        "access_notes": (
            "The Learning Centre is a separate building to the left of the main gate. "
            "Follow the green signs."
        ),
    },
    {
        "slug": "southgate-family-centre",
        "name": "Southgate Family Centre",
        "address": "Southgate Family Centre\n22 Park Road\nSouthgate\nRV9 3EW",
        "step_free_access": True,
        "hearing_loop": True,
        "wifi": False,
        "accessible_toilet": True,
        "parking": "Free car park behind the building, with two blue badge spaces.",
        "public_transport": "Bus 3 stops on Park Road, a 2-minute walk away.",
        "access_notes": (
            "There is no Wi-Fi for visitors, but mobile signal is good. The hearing loop "
            "covers the main hall only."
        ),
    },
]

TEAMS_LINK = (
    "We will email you a Microsoft Teams link the day before. You can join by phone "
    "instead: we will send you the number and a code."
)

OPPORTUNITIES = [
    # Community forums: one round of six, three in person and three online.
    {
        "title": "Riverside community forum",
        "slug": "riverside-community-forum",
        "summary": (
            "A friendly drop-in meeting in Riverside. Hear trust news, share your views "
            "and help sort out local problems."
        ),
        "kind": "meeting",
        "topics": ["community-forums"],
        "areas": ["riverside"],
        "online": False,
        "in_person": True,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": True,
        "payment": "expenses_only",
        "time_commitment": "one_off",
        "starts_in_days": 18,
        "duration_hours": 2.5,
        "closes_in_days": 16,
        "venue": "riverside-house",
        "joining_instructions": "",
        "what_you_would_do": [
            "Community forums meet in every area four times a year. Anyone can come. "
            "You do not need to read anything first.",
            "First, staff share news and ask for your ideas on one topic. Then there is "
            "tea and time to chat. After that, we talk about local services. You can raise "
            "problems and good news.",
            "We write every point on a shared list. The list goes to the trust each month.",
        ],
        "can_influence": [
            "Which local problems we look at first",
            "The topic for the next forum",
            "What the forum asks senior staff to explain",
        ],
        "cannot_influence": [
            "We cannot talk about one person's care in the group. Someone from our advice "
            "service stays at the end to help you in private.",
        ],
        "pre_meeting": False,
        "named_contact": True,
        "travel_help": True,
        "technology_help": False,
        "support_notes": (
            "We pay your travel costs. If you cannot use buses or trains, ask us about a taxi."
        ),
        "host_team": "Involvement team",
        "contact": "Grace, co-production lead for Riverside",
        "co_production_level": "involving",
        "places": None,
        "what_happened_next": "",
    },
    {
        "title": "Eastbrook community forum",
        "slug": "eastbrook-community-forum",
        "summary": (
            "Meet local people and staff at Eastbrook Library. Tell us what is working in "
            "local services and what needs to change."
        ),
        "kind": "meeting",
        "topics": ["community-forums"],
        "areas": ["eastbrook"],
        "online": False,
        "in_person": True,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": True,
        "payment": "expenses_only",
        "time_commitment": "one_off",
        "starts_in_days": 19,
        "duration_hours": 2.5,
        "closes_in_days": 17,
        "venue": "eastbrook-library",
        "joining_instructions": "",
        "what_you_would_do": [
            "This forum is a relaxed meeting, not a formal one. Come for all of it or just "
            "part. There are no papers to read.",
            "This time, the first half is about how we welcome people on their first visit "
            "to a clinic. The second half is open for any local issue.",
            "There is time to chat over tea in the middle. A member of the trust board will "
            "be there to listen.",
        ],
        "can_influence": [
            "How clinics in Eastbrook welcome new people",
            "Which issues go to the Development Group, a group that takes forum views to "
            "senior staff",
        ],
        "cannot_influence": [
            "The forum does not deal with complaints. We can help you make one after the "
            "meeting if you want to.",
        ],
        "pre_meeting": False,
        "named_contact": True,
        "travel_help": True,
        "technology_help": False,
        "support_notes": "We pay bus fares and mileage. The room has a hearing loop.",
        "host_team": "Involvement team",
        "contact": "Dev, co-production lead for Eastbrook",
        "co_production_level": "involving",
        "places": None,
        "what_happened_next": "",
    },
    {
        "title": "Southgate community forum",
        "slug": "southgate-community-forum",
        "summary": (
            "Our Southgate forum meets in person this round. Share your views on local "
            "mental health services over a cup of tea."
        ),
        "kind": "meeting",
        "topics": ["community-forums"],
        "areas": ["southgate"],
        "online": False,
        "in_person": True,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": True,
        "payment": "expenses_only",
        "time_commitment": "one_off",
        "starts_in_days": 21,
        "duration_hours": 2.5,
        "closes_in_days": 19,
        "venue": "southgate-family-centre",
        "joining_instructions": "",
        "what_you_would_do": [
            "Anyone who lives in Southgate can come. You might use our services, care for "
            "someone who does, or just care about mental health in your area.",
            "Staff from the local community mental health team will come to hear your "
            "views. You can ask them questions too.",
            "Points you raise go on a list that the trust must answer. We share the "
            "answers in the forum newsletter.",
        ],
        "can_influence": [
            "How the local community team works with people and families",
            "The topic for the next Southgate forum",
            "Which issues the trust hears about first",
        ],
        "cannot_influence": [
            "Some changes need money the trust does not have this year. If so, we will tell "
            "you honestly and explain what we can do instead.",
        ],
        "pre_meeting": False,
        "named_contact": True,
        "travel_help": True,
        "technology_help": False,
        "support_notes": "We pay your travel costs. There is free parking behind the centre.",
        "host_team": "Involvement team",
        "contact": "Jo, co-production lead for Southgate",
        "co_production_level": "involving",
        "places": None,
        "what_happened_next": "",
    },
    {
        "title": "Northfield community forum, online",
        "slug": "northfield-community-forum-online",
        "summary": (
            "Join the Northfield forum from home this round, online or by phone. Hear "
            "trust news and tell us about local services."
        ),
        "kind": "meeting",
        "topics": ["community-forums"],
        "areas": ["northfield"],
        "online": True,
        "in_person": False,
        "by_phone": True,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": True,
        "payment": "expenses_only",
        "time_commitment": "one_off",
        "starts_in_days": 17,
        "duration_hours": 1.75,
        "closes_in_days": 15,
        "venue": None,
        "joining_instructions": TEAMS_LINK,
        "what_you_would_do": [
            "Forums take turns to meet online and in person. This round, Northfield meets "
            "online. Next round it will be in person again.",
            "The meeting has two parts with a short break between. First, we ask for your "
            "ideas on one trust plan. Then we talk about local services.",
            "You can speak, type in the chat, or just listen. All of these are fine.",
        ],
        "can_influence": [
            "Which local problems we look at first",
            "The topic for the next forum",
        ],
        "cannot_influence": [
            "We cannot talk about one person's care in the group. We can help you with "
            "that privately after the meeting.",
        ],
        "pre_meeting": False,
        "named_contact": True,
        "travel_help": False,
        "technology_help": True,
        "support_notes": (
            "New to Microsoft Teams? We can ring you the week before and try it out together."
        ),
        "host_team": "Involvement team",
        "contact": "Kim, co-production lead for Northfield",
        "co_production_level": "involving",
        "places": None,
        "what_happened_next": "",
    },
    {
        "title": "Westmoor community forum, online",
        "slug": "westmoor-community-forum-online",
        "summary": (
            "The Westmoor forum meets online this round. Tell us what you think of local "
            "services without leaving home."
        ),
        "kind": "meeting",
        "topics": ["community-forums"],
        "areas": ["westmoor"],
        "online": True,
        "in_person": False,
        "by_phone": True,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": True,
        "payment": "expenses_only",
        "time_commitment": "one_off",
        "starts_in_days": 23,
        "duration_hours": 1.75,
        "closes_in_days": 21,
        "venue": None,
        "joining_instructions": TEAMS_LINK,
        "what_you_would_do": [
            "This round, the first part is about waiting times for talking therapies in "
            "Westmoor. A team manager will explain the plan and ask for your ideas.",
            "In the second part, you can raise anything about local services. We add each "
            "point to a shared list that the trust reads every month.",
        ],
        "can_influence": [
            "How we keep in touch with people while they wait for therapy",
            "What help we offer during the wait",
            "The topic for the next Westmoor forum",
        ],
        "cannot_influence": [
            "The number of therapists is set by this year's budget. We can change how we use "
            "their time, but not add more staff this year.",
        ],
        "pre_meeting": False,
        "named_contact": True,
        "travel_help": False,
        "technology_help": True,
        "support_notes": "We can lend you a tablet with data if you do not have a device.",
        "host_team": "Involvement team",
        "contact": "Ali, co-production lead for Westmoor",
        "co_production_level": "involving",
        "places": None,
        "what_happened_next": "",
    },
    {
        "title": "Evening community forum, online",
        "slug": "evening-community-forum-online",
        "summary": (
            "An online forum after work hours, from 6.30pm to 8.15pm, for anyone across the "
            "trust who cannot come in the day."
        ),
        "kind": "meeting",
        "topics": ["community-forums"],
        "areas": ["trust-wide"],
        "online": True,
        "in_person": False,
        "by_phone": True,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": True,
        "payment": "expenses_only",
        "time_commitment": "one_off",
        "starts_in_days": 25,
        "duration_hours": 1.75,
        "closes_in_days": 24,
        "venue": None,
        "joining_instructions": TEAMS_LINK,
        "what_you_would_do": [
            "Many people work, study or care for someone in the day. This forum is for "
            "them. It is open to people from all five areas.",
            "It works like the other forums. We share news, ask for ideas on one topic, "
            "then open it up to anything you want to raise.",
        ],
        "can_influence": [
            "Which issues the trust hears about from people who cannot come in the day",
            "The topic for the next evening forum",
        ],
        "cannot_influence": [
            "We cannot answer questions about one person's care in the group. We will give "
            "you a number to call in private.",
        ],
        "pre_meeting": False,
        "named_contact": True,
        "travel_help": False,
        "technology_help": True,
        "support_notes": "You can join with your camera off. Nobody has to speak.",
        "host_team": "Involvement team",
        "contact": "Sam, involvement lead",
        "co_production_level": "involving",
        "places": None,
        "what_happened_next": "",
    },
    {
        "title": "Join the Development Group",
        "slug": "join-the-development-group",
        "summary": (
            "Take what people say at the six community forums to senior leaders, and ask "
            "them what they will do about it."
        ),
        "kind": "committee",
        "topics": ["community-forums", "designing-services"],
        "areas": ["trust-wide"],
        "online": True,
        "in_person": True,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": False,
        "payment": "paid",
        "time_commitment": "ongoing",
        "starts_in_days": 45,
        "duration_hours": 2.5,
        "closes_in_days": 30,
        "venue": "riverside-house",
        "joining_instructions": (
            "You can come to Riverside House or join online. We will email you a Microsoft "
            "Teams link with the papers, a week before."
        ),
        "what_you_would_do": [
            "The Development Group brings together what people say at all six community "
            "forums. It meets four times a year, after each round of forums.",
            "Before each meeting, you read a short pack of papers. At the meeting, you help "
            "spot the issues that come up again and again. Then you talk them through "
            "with senior leaders.",
            "You also help write the forum newsletter. It tells people what the trust is "
            "doing about the points they raised.",
        ],
        "can_influence": [
            "Which issues go to senior leaders",
            "What we ask the complaints and advice teams about",
            "What goes in the forum newsletter",
            "The subject of one or two big conversations with the trust each year",
        ],
        "cannot_influence": [
            "The group gives advice. The trust board still makes the final decisions on "
            "money and services.",
            "Members need to have been to at least one forum, so they know what people "
            "are saying.",
        ],
        "pre_meeting": True,
        "named_contact": True,
        "travel_help": True,
        "technology_help": True,
        "support_notes": (
            "You will meet the chair before your first meeting. We can post the papers to "
            "you in large print."
        ),
        "host_team": "Involvement team",
        "contact": "Sam, involvement lead",
        "co_production_level": "involving",
        "places": 2,
        "what_happened_next": "",
    },
    # Recruitment.
    {
        "title": "Help choose our new director of nursing",
        "slug": "interview-panel-director-of-nursing",
        "summary": (
            "Sit on the interview panel for one of the most senior jobs in the trust. "
            "We give you training first."
        ),
        "kind": "interview_panel",
        "topics": ["recruitment"],
        "areas": ["trust-wide"],
        "online": False,
        "in_person": True,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": False,
        "payment": "paid",
        "time_commitment": "few_sessions",
        "starts_in_days": 35,
        "duration_hours": 6,
        "closes_in_days": 14,
        "venue": "riverside-house",
        "joining_instructions": "",
        "what_you_would_do": [
            "The director of nursing leads all our nurses and sits on the trust board. We "
            "want people who use our services and carers to help choose them.",
            "First, you come to a short training session and help write the questions. "
            "On the day, you sit on a panel with two board members.",
            "After each interview, you give your views on each person. Your views count "
            "as much as anyone else's on the panel.",
        ],
        "can_influence": [
            "The questions the candidates are asked",
            "Which person the panel puts forward",
            "What we tell the new director matters most to patients and carers",
        ],
        "cannot_influence": [
            "The job description and the pay are already agreed by the board.",
            "We cannot share private details about the candidates after the day.",
        ],
        "pre_meeting": True,
        "named_contact": True,
        "travel_help": True,
        "technology_help": False,
        "support_notes": (
            "You will have a named person from the recruitment team. There is a quiet room "
            "to use between interviews."
        ),
        "host_team": "Recruitment team",
        "contact": "Tom, recruitment adviser",
        "co_production_level": "involving",
        "places": 3,
        "what_happened_next": "",
    },
    {
        "title": "Help choose our new chief executive",
        "slug": "interview-panel-chief-executive",
        "summary": (
            "Join the panel that chooses the person who will lead the whole trust. "
            "Training and support are given."
        ),
        "kind": "interview_panel",
        "topics": ["recruitment"],
        "areas": ["trust-wide"],
        "online": False,
        "in_person": True,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": False,
        "payment": "paid",
        "time_commitment": "few_sessions",
        "starts_in_days": -20,
        "duration_hours": 7,
        "closes_in_days": -45,
        "venue": "riverside-house",
        "joining_instructions": "",
        "what_you_would_do": [
            "The chief executive runs the trust day to day. This is the biggest job we "
            "recruit for, and we want patients and carers to have a real say.",
            "You will come to a training session, help plan the questions and meet each "
            "candidate on the interview day.",
        ],
        "can_influence": [
            "The questions the candidates are asked",
            "Which person the panel puts forward to the board",
        ],
        "cannot_influence": [
            "The trust board makes the final choice, as NHS rules say it must.",
        ],
        "pre_meeting": True,
        "named_contact": True,
        "travel_help": True,
        "technology_help": False,
        "support_notes": "We will talk you through the day beforehand, step by step.",
        "host_team": "Recruitment team",
        "contact": "Tom, recruitment adviser",
        "co_production_level": "involving",
        "places": 3,
        "what_happened_next": (
            "Two people who use our services and one carer sat on the panel. They asked "
            "every candidate how they would listen to patients. The board chose the "
            "person the whole panel agreed on."
        ),
    },
    {
        "title": "Interview panel for community nurses in Southgate",
        "slug": "interview-panel-southgate-community-nurses",
        "summary": (
            "Help the Southgate community mental health team choose two new nurses, on a "
            "single interview day."
        ),
        "kind": "interview_panel",
        "topics": ["recruitment"],
        "areas": ["southgate"],
        "online": False,
        "in_person": True,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": False,
        "payment": "paid",
        "time_commitment": "one_off",
        "starts_in_days": 5,
        "duration_hours": 4,
        "closes_in_days": -2,
        "venue": "southgate-family-centre",
        "joining_instructions": "",
        "what_you_would_do": [
            "Community nurses visit people at home and in clinics. You know best what "
            "makes a good one.",
            "You will sit on the panel with the team manager and ask two of the questions. "
            "Then you help score each answer.",
        ],
        "can_influence": [
            "Which nurses the team offers jobs to",
            "How the team asks about kindness and listening",
        ],
        "cannot_influence": [
            "You need to have done our interview panel training first, to keep things fair "
            "for every candidate.",
        ],
        "pre_meeting": True,
        "named_contact": True,
        "travel_help": True,
        "technology_help": False,
        "support_notes": "",
        "host_team": "Recruitment team",
        "contact": "Jo, co-production lead for Southgate",
        "co_production_level": "involving",
        "places": 2,
        "what_happened_next": "",
    },
    {
        "title": "Help create and fill new peer support jobs",
        "slug": "peer-support-worker-interviews",
        "summary": (
            "Help shape new peer support jobs in Northfield, then interview the people who apply."
        ),
        "kind": "interview_panel",
        "topics": ["recruitment", "designing-services"],
        "areas": ["northfield"],
        "online": True,
        "in_person": False,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": False,
        "for_young_people": False,
        "for_anyone": False,
        "payment": "paid",
        "time_commitment": "few_sessions",
        "starts_in_days": 28,
        "duration_hours": 3,
        "closes_in_days": 12,
        "venue": None,
        "joining_instructions": (
            "All sessions and interviews are on Microsoft Teams. We will email you each "
            "link the day before."
        ),
        "what_you_would_do": [
            "Peer support workers are staff who have lived with mental health problems "
            "themselves. They use what they have learned to help others.",
            "In two sessions, you help write the job advert and decide what makes a good "
            "peer support worker. Then you sit on the panel for the interviews.",
        ],
        "can_influence": [
            "What the job advert says",
            "What we look for in the people we hire",
            "The questions and tasks at interview",
        ],
        "cannot_influence": [
            "The pay band for these jobs is set by national NHS rules.",
        ],
        "pre_meeting": True,
        "named_contact": True,
        "travel_help": False,
        "technology_help": True,
        "support_notes": (
            "A peer support worker already on the team will be your buddy through the process."
        ),
        "host_team": "Recruitment team",
        "contact": "Kim, co-production lead for Northfield",
        "co_production_level": "co_designing",
        "places": 4,
        "what_happened_next": "",
    },
    {
        "title": "Young people's panel: new manager for our children's service",
        "slug": "young-peoples-panel-childrens-service-manager",
        "summary": (
            "Young people aged 14 to 25 run their own panel to meet the people applying "
            "to manage our children and young people's service."
        ),
        "kind": "interview_panel",
        "topics": ["young-people", "recruitment"],
        "areas": ["northfield"],
        "online": False,
        "in_person": True,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": False,
        "for_young_people": True,
        "for_anyone": False,
        "payment": "paid",
        "time_commitment": "one_off",
        "starts_in_days": 33,
        "duration_hours": 2,
        "closes_in_days": 19,
        "venue": "riverside-house",
        "joining_instructions": "",
        "what_you_would_do": [
            "We are hiring a new manager for our children and young people's service in "
            "Northfield. Young people will run their own panel as part of the interviews.",
            "Before the day, we meet for an hour to plan an activity and choose your "
            "questions. On the day, each person spends 20 minutes with your panel.",
            "You then tell the main panel what you thought. They must take your views into "
            "account before they decide.",
        ],
        "can_influence": [
            "What the candidates are asked and the activity they do",
            "Which person gets the job",
        ],
        "cannot_influence": [
            "The main panel makes the final choice, but it must explain to you how it used "
            "your views.",
        ],
        "pre_meeting": True,
        "named_contact": True,
        "travel_help": True,
        "technology_help": False,
        "support_notes": (
            "The panel meets at 4pm, after school. If you are under 16, a parent or carer "
            "needs to agree."
        ),
        "host_team": "Children and young people's service",
        "contact": "Mia, youth involvement worker",
        "co_production_level": "involving",
        "places": 8,
        "what_happened_next": "",
    },
    # Training.
    {
        "title": "Training: how to be on an interview panel",
        "slug": "training-interview-panels",
        "summary": (
            "A short online course that gets you ready to help choose new staff. "
            "You do not need any experience."
        ),
        "kind": "training",
        "topics": ["recruitment"],
        "areas": ["trust-wide"],
        "online": True,
        "in_person": False,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": False,
        "payment": "paid",
        "time_commitment": "one_off",
        "starts_in_days": 10,
        "duration_hours": 2.5,
        "closes_in_days": 7,
        "venue": None,
        "joining_instructions": (
            "We will email you a Microsoft Teams link and the slides two days before."
        ),
        "what_you_would_do": [
            "This session covers how interviews work, how to ask a follow-up question and "
            "how to score answers fairly.",
            "We also talk about what to do if a question brings up hard feelings for you.",
            "Afterwards, we add you to our list of people we contact when a panel comes up.",
        ],
        "can_influence": [
            "What we add to this training next time",
            "Which kinds of jobs you would like to help recruit for",
        ],
        "cannot_influence": [
            "Everyone on a panel must do this training first. This trust rule keeps "
            "interviews fair for every candidate.",
        ],
        "pre_meeting": False,
        "named_contact": True,
        "travel_help": False,
        "technology_help": True,
        "support_notes": "We can send the slides on paper if you find screens hard to read.",
        "host_team": "Recruitment team",
        "contact": "Tom, recruitment adviser",
        "co_production_level": "informing",
        "places": 12,
        "what_happened_next": "",
    },
    {
        "title": "Help run carer awareness training for staff",
        "slug": "co-deliver-carer-awareness-training",
        "summary": (
            "Work with a trainer to plan and run training that helps staff include and "
            "support carers."
        ),
        "kind": "training",
        "topics": ["staff-training", "carers"],
        "areas": ["eastbrook", "trust-wide"],
        "online": False,
        "in_person": True,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": False,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": False,
        "payment": "paid",
        "time_commitment": "ongoing",
        "starts_in_days": 30,
        "duration_hours": 3,
        "closes_in_days": 20,
        "venue": "eastbrook-library",
        "joining_instructions": "",
        "what_you_would_do": [
            "Staff learn best about carers from carers. We are looking for carers to help "
            "write and run this training.",
            "You plan the sessions with a trainer. Then you run them together, about once a "
            "month for six months. You choose how much of your own story to share.",
            "The training is built on the Triangle of Care. This is a set of standards for "
            "how well mental health services include and support carers.",
        ],
        "can_influence": [
            "What the training covers",
            "Which real-life examples we use",
            "How we check that staff have learned from it",
        ],
        "cannot_influence": [
            "The training must cover carers' rights set by law, such as the right to a "
            "carer's assessment.",
        ],
        "pre_meeting": True,
        "named_contact": True,
        "travel_help": True,
        "technology_help": False,
        "support_notes": (
            "We offer a short course on training skills before you start. You can take a "
            "break after a session if sharing your story was hard."
        ),
        "host_team": "Learning and development",
        "contact": "Chris, training lead",
        "co_production_level": "co_producing",
        "places": None,
        "what_happened_next": "",
    },
    {
        "title": "Share your story with new staff on their first day",
        "slug": "share-your-story-at-staff-induction",
        "summary": (
            "Talk to new staff about what helped you, or the person you care for, and what "
            "did not."
        ),
        "kind": "training",
        "topics": ["staff-training"],
        "areas": ["trust-wide"],
        "online": False,
        "in_person": True,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": False,
        "payment": "paid",
        "time_commitment": "ongoing",
        "starts_in_days": 25,
        "duration_hours": 1.5,
        "closes_in_days": 18,
        "venue": "riverside-house",
        "joining_instructions": "",
        "what_you_would_do": [
            "Every month, a group of new staff joins the trust. On their first day, they "
            "hear from someone who uses our services or a carer.",
            "You talk for about 20 minutes, then answer questions. We help you plan what to "
            "say. You can come as often or as rarely as suits you.",
        ],
        "can_influence": [
            "What new staff learn about being on the other side of care",
            "What else goes into the first-day programme",
        ],
        "cannot_influence": [
            "The rest of the first day covers safety training that the law requires, so your "
            "slot is 45 minutes.",
        ],
        "pre_meeting": True,
        "named_contact": True,
        "travel_help": True,
        "technology_help": False,
        "support_notes": (
            "Someone from the involvement team stays with you and checks in with you afterwards."
        ),
        "host_team": "Learning and development",
        "contact": "Chris, training lead",
        "co_production_level": "involving",
        "places": None,
        "what_happened_next": "",
    },
    # Crisis care.
    {
        "title": "Crisis care: design a better way to get urgent help",
        "slug": "crisis-care-pathway-workshops",
        "summary": (
            "Three workshops to map what happens when someone needs urgent help, and to "
            "design a better way together."
        ),
        "kind": "workshop",
        "topics": ["crisis-care", "designing-services"],
        "areas": ["trust-wide"],
        "online": False,
        "in_person": True,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": False,
        "payment": "paid",
        "time_commitment": "few_sessions",
        "starts_in_days": 24,
        "duration_hours": 3,
        "closes_in_days": 17,
        "venue": "riverside-house",
        "joining_instructions": "",
        "what_you_would_do": [
            "We want to change what happens when someone needs urgent help with their "
            "mental health. That covers our crisis phone line, home visits and hospital A&E.",
            "In the first workshop, we map each step as it is now. In the next two, we "
            "design a better way, with staff and people who have been through it.",
        ],
        "can_influence": [
            "The steps people go through when they ask for help in a crisis",
            "What information people and carers get at each step",
            "How teams pass on information, so people do not have to repeat their story",
        ],
        "cannot_influence": [
            "The NHS 111 mental health option is run nationally. We cannot change it, but "
            "we can change what happens after it puts you through to us.",
            "The budget for crisis care next year is already set.",
        ],
        "pre_meeting": True,
        "named_contact": True,
        "travel_help": True,
        "technology_help": False,
        "support_notes": (
            "Talking about a crisis can be upsetting. A peer support worker will be there, "
            "and you can step out at any time."
        ),
        "host_team": "Crisis care team",
        "contact": "Nadia, crisis care service manager",
        "co_production_level": "co_designing",
        "places": 16,
        "what_happened_next": "",
    },
    {
        "title": "Help design a crisis café in Westmoor",
        "slug": "westmoor-crisis-cafe-design",
        "summary": (
            "Help plan a safe place in Westmoor where people can go in the evening when "
            "they are struggling, without an appointment."
        ),
        "kind": "workshop",
        "topics": ["crisis-care", "designing-services"],
        "areas": ["westmoor"],
        "online": False,
        "in_person": True,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": True,
        "payment": "paid",
        "time_commitment": "few_sessions",
        "starts_in_days": 12,
        "duration_hours": 2.5,
        "closes_in_days": -3,
        "venue": "westmoor-hospital-learning-centre",
        "joining_instructions": "",
        "what_you_would_do": [
            "A crisis café is a calm place to go when things feel too much. You can talk to "
            "someone over a hot drink. You do not need to be referred.",
            "Over three workshops, you help decide the opening hours, the kind of help on "
            "offer and what the room should feel like.",
        ],
        "can_influence": [
            "Opening days and hours",
            "What help and activities the café offers",
            "How the café feels, from the furniture to the welcome",
        ],
        "cannot_influence": [
            "The building is already chosen. It is on the high street, near bus stops.",
        ],
        "pre_meeting": True,
        "named_contact": True,
        "travel_help": True,
        "technology_help": False,
        "support_notes": "",
        "host_team": "Crisis care team",
        "contact": "Ali, co-production lead for Westmoor",
        "co_production_level": "co_designing",
        "places": 20,
        "what_happened_next": "",
    },
    {
        "title": "Survey: your experience of our crisis line",
        "slug": "crisis-line-survey",
        "summary": (
            "Tell us what it was like to call our crisis line. It takes about 10 minutes "
            "online, on paper or by phone."
        ),
        "kind": "survey",
        "topics": ["crisis-care"],
        "areas": ["trust-wide"],
        "online": True,
        "in_person": False,
        "by_phone": True,
        "on_paper": True,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": False,
        "payment": "expenses_only",
        "time_commitment": "one_off",
        "starts_in_days": None,
        "duration_hours": 0.25,
        "closes_in_days": 28,
        "venue": None,
        "joining_instructions": (
            "Fill it in online, or ring 0808 157 0192 and ask for the survey line. We can "
            "also post you a paper copy with a free return envelope."
        ),
        "what_you_would_do": [
            "If you or someone you care for has called our crisis line in the last year, "
            "we would like to hear from you.",
            "The survey asks how quickly we answered, whether you felt listened to and what "
            "happened next. You do not have to give your name.",
        ],
        "can_influence": [
            "What call handlers learn in their training",
            "What we tell callers about what will happen next",
        ],
        "cannot_influence": [
            "We cannot reply to you about your own call, as the survey has no names. To "
            "raise a concern, contact our advice service.",
        ],
        "pre_meeting": False,
        "named_contact": False,
        "travel_help": False,
        "technology_help": False,
        "support_notes": "Someone can read the questions to you over the phone.",
        "host_team": "Patient experience team",
        "contact": "Lee, patient experience manager",
        "co_production_level": "consulting",
        "places": None,
        "what_happened_next": "",
    },
    # Carers.
    {
        "title": "Carers' survey: how well do we include you?",
        "slug": "carers-survey-how-well-we-include-you",
        "summary": (
            "A short survey for carers about whether our teams listen to you, keep you "
            "informed and tell you about support."
        ),
        "kind": "survey",
        "topics": ["carers"],
        "areas": ["trust-wide"],
        "online": True,
        "in_person": False,
        "by_phone": True,
        "on_paper": True,
        "for_service_users": False,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": False,
        "payment": "expenses_only",
        "time_commitment": "one_off",
        "starts_in_days": None,
        "duration_hours": 0.25,
        "closes_in_days": 35,
        "venue": None,
        "joining_instructions": (
            "Answer online, or ring 0808 157 0192 to answer by phone or ask for a paper "
            "copy with a free return envelope."
        ),
        "what_you_would_do": [
            "A carer is anyone who gives unpaid help to a family member or friend. You "
            "might not call yourself a carer, but your views still count.",
            "The questions follow the six parts of the Triangle of Care. This is a set of "
            "standards for how well services work with carers. It takes about 10 minutes.",
        ],
        "can_influence": [
            "Which teams get extra support to work better with carers",
            "What goes in each team's plan for next year",
        ],
        "cannot_influence": [
            "Teams cannot share private details about the person you care for without "
            "their agreement. But they can always listen to you.",
        ],
        "pre_meeting": False,
        "named_contact": False,
        "travel_help": False,
        "technology_help": False,
        "support_notes": "",
        "host_team": "Carers support team",
        "contact": "Priya, carers involvement lead",
        "co_production_level": "consulting",
        "places": None,
        "what_happened_next": "",
    },
    {
        "title": "Make an information pack for new carers",
        "slug": "carers-information-pack",
        "summary": (
            "Help us write and design a pack that tells new carers what they need to "
            "know, in plain words."
        ),
        "kind": "workshop",
        "topics": ["carers", "information"],
        "areas": ["riverside"],
        "online": False,
        "in_person": True,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": False,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": False,
        "payment": "paid",
        "time_commitment": "few_sessions",
        "starts_in_days": 27,
        "duration_hours": 2,
        "closes_in_days": 20,
        "venue": "riverside-house",
        "joining_instructions": "",
        "what_you_would_do": [
            "When someone you care for first uses our services, it can be hard to know "
            "where to turn. This pack will help new carers find their way.",
            "Over four sessions, you help decide what goes in the pack, test early drafts "
            "and choose how it looks.",
            "It will cover things like your right to a carer's assessment and who to call "
            "in an emergency.",
        ],
        "can_influence": [
            "What the pack covers",
            "The words and pictures we use",
            "Whether it comes on paper, online, as a short video, or all three",
        ],
        "cannot_influence": [
            "The rules on sharing private information are set by law. The pack will explain "
            "them clearly, but it cannot change them.",
        ],
        "pre_meeting": True,
        "named_contact": True,
        "travel_help": True,
        "technology_help": False,
        "support_notes": (
            "If you need someone to look after the person you care for while you come, "
            "talk to us. We may be able to help with the cost."
        ),
        "host_team": "Carers support team",
        "contact": "Priya, carers involvement lead",
        "co_production_level": "co_designing",
        "places": 12,
        "what_happened_next": "",
    },
    {
        "title": "Triangle of Care review on our Westmoor wards",
        "slug": "triangle-of-care-ward-review",
        "summary": (
            "Carers check, with ward staff, how well two wards include and support families "
            "and friends."
        ),
        "kind": "meeting",
        "topics": ["carers", "wards"],
        "areas": ["westmoor"],
        "online": False,
        "in_person": True,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": False,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": False,
        "payment": "paid",
        "time_commitment": "few_sessions",
        "starts_in_days": 16,
        "duration_hours": 2,
        "closes_in_days": 9,
        "venue": "westmoor-hospital-learning-centre",
        "joining_instructions": "",
        "what_you_would_do": [
            "The Triangle of Care is a set of standards for how well mental health services "
            "include carers. Each ward checks itself against them every year.",
            "Over two meetings, you go through the ward's answers with staff and ask to see "
            "proof, such as a welcome pack for carers.",
            "Then you help agree an action plan for the next year.",
        ],
        "can_influence": [
            "The score the ward gives itself on each standard",
            "What goes in the action plan",
            "How the ward welcomes carers on their first visit",
        ],
        "cannot_influence": [
            "The standards are written by a national carers' charity. We cannot change "
            "them, but we can do more than they ask.",
        ],
        "pre_meeting": True,
        "named_contact": True,
        "travel_help": True,
        "technology_help": False,
        "support_notes": "You will be paired with a carer who has done a review before.",
        "host_team": "Carers support team",
        "contact": "Priya, carers involvement lead",
        "co_production_level": "involving",
        "places": 3,
        "what_happened_next": "",
    },
    {
        "title": "Carers Action Group",
        "slug": "carers-action-group",
        "summary": (
            "Carers and staff meet every two months to check how the trust supports carers "
            "and to push for change."
        ),
        "kind": "committee",
        "topics": ["carers"],
        "areas": ["trust-wide"],
        "online": True,
        "in_person": True,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": False,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": False,
        "payment": "paid",
        "time_commitment": "ongoing",
        "starts_in_days": 38,
        "duration_hours": 2,
        "closes_in_days": 30,
        "venue": "riverside-house",
        "joining_instructions": (
            "Come to Riverside House or join online. We will email you a Microsoft "
            "Teams link with the papers, a week before."
        ),
        "what_you_would_do": [
            "The group brings together carers, trust staff, the council and local carers' "
            "charities. It keeps track of how every team is doing on the Triangle of Care.",
            "You read short reports before each meeting and ask staff what is going well "
            "and what is not. The group also plans Carers Week events.",
        ],
        "can_influence": [
            "Which teams get extra help to include carers",
            "What the trust spends its carers' support budget on",
            "How the trust marks Carers Week",
        ],
        "cannot_influence": [
            "Carer's assessments are done by the council, not the trust. The group can "
            "raise problems with the council, but cannot change its process.",
        ],
        "pre_meeting": True,
        "named_contact": True,
        "travel_help": True,
        "technology_help": True,
        "support_notes": "We can post the reports to you in large print.",
        "host_team": "Carers support team",
        "contact": "Priya, carers involvement lead",
        "co_production_level": "involving",
        "places": None,
        "what_happened_next": "",
    },
    {
        "title": "Young carers' voice group",
        "slug": "young-carers-voice-group",
        "summary": (
            "A monthly group, after school, for young carers aged 11 to 17 to help our "
            "staff understand young carers."
        ),
        "kind": "meeting",
        "topics": ["carers", "young-people"],
        "areas": ["eastbrook", "riverside"],
        "online": False,
        "in_person": True,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": False,
        "for_carers": True,
        "for_young_people": True,
        "for_anyone": False,
        "payment": "paid",
        "time_commitment": "ongoing",
        "starts_in_days": 13,
        "duration_hours": 1.5,
        "closes_in_days": 10,
        "venue": "eastbrook-library",
        "joining_instructions": "",
        "what_you_would_do": [
            "A young carer is someone under 18 who helps look after a family member. It "
            "can be hard, and staff do not always notice.",
            "The group meets once a month after school. You decide what it works on. It "
            "might be a poster, a short film for staff or advice for other young carers.",
            "There are snacks, and a youth worker from a local young carers' charity helps "
            "run it.",
        ],
        "can_influence": [
            "How our staff notice and support young carers",
            "What our information for young carers says",
            "What the group works on next",
        ],
        "cannot_influence": [
            "Young carers' assessments are done by the council. We can pass on what you "
            "tell us, but we cannot change how they are done.",
        ],
        "pre_meeting": True,
        "named_contact": True,
        "travel_help": True,
        "technology_help": False,
        "support_notes": (
            "If you are under 16, a parent or carer needs to agree. We can help with bus "
            "fares or a lift."
        ),
        "host_team": "Carers support team",
        "contact": "Mia, youth involvement worker",
        "co_production_level": "co_producing",
        "places": None,
        "what_happened_next": "",
    },
    # Information and communication.
    {
        "title": "Help write our new feedback survey",
        "slug": "help-write-our-feedback-survey",
        "summary": (
            "Join a small online group to decide what our new feedback survey asks, and "
            "to put the questions in plain English."
        ),
        "kind": "workshop",
        "topics": ["information", "designing-services"],
        "areas": ["trust-wide"],
        "online": True,
        "in_person": False,
        "by_phone": True,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": False,
        "payment": "paid",
        "time_commitment": "few_sessions",
        "starts_in_days": 15,
        "duration_hours": 1.5,
        "closes_in_days": 9,
        "venue": None,
        "joining_instructions": TEAMS_LINK,
        "what_you_would_do": [
            "Every team asks people what they think of their care. The survey we use now is "
            "long and hard to follow. We want to write a better one with you.",
            "Over three online sessions, we agree what we want to learn. Then everyone "
            "suggests questions, and we turn them into plain English together.",
            "Last, we test the new survey with a few people and fix what is unclear.",
        ],
        "can_influence": [
            "What the survey asks",
            "How the questions are worded",
            "How people can fill it in, such as on paper or by text message",
        ],
        "cannot_influence": [
            "The survey must include one national question that all NHS services ask, so "
            "results can be compared.",
        ],
        "pre_meeting": False,
        "named_contact": True,
        "travel_help": False,
        "technology_help": True,
        "support_notes": "",
        "host_team": "Patient experience team",
        "contact": "Lee, patient experience manager",
        "co_production_level": "co_designing",
        "places": 10,
        "what_happened_next": "",
    },
    {
        "title": "Reading group: letters and leaflets",
        "slug": "reading-group-letters-and-leaflets",
        "summary": (
            "Read our letters and leaflets before they go out, and tell us what is unclear. "
            "Do it from home, in your own time."
        ),
        "kind": "reading_group",
        "topics": ["information"],
        "areas": ["trust-wide"],
        "online": True,
        "in_person": False,
        "by_phone": True,
        "on_paper": True,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": True,
        "payment": "paid",
        "time_commitment": "ongoing",
        "starts_in_days": None,
        "duration_hours": 1,
        "closes_in_days": 60,
        "venue": None,
        "joining_instructions": (
            "We post or email each document, whichever you prefer. Send your comments by "
            "email, in the free return envelope, or tell us on the phone."
        ),
        "what_you_would_do": [
            "We send out lots of letters and leaflets. Too many use long words and jargon. "
            "Reading group members check them before they go out.",
            "About twice a month, we send you something to read. You tell us what is "
            "unclear, what is missing and what would help. Most take under an hour.",
        ],
        "can_influence": [
            "The words we use",
            "The order information comes in",
            "Whether we add a picture, a map or a phone number",
        ],
        "cannot_influence": [
            "Some letters must include legal wording, for example about your rights under "
            "the Mental Health Act. We can explain it in plain words, but cannot remove it.",
        ],
        "pre_meeting": False,
        "named_contact": True,
        "travel_help": False,
        "technology_help": False,
        "support_notes": "We can send documents in large print or easy read.",
        "host_team": "Communications team",
        "contact": "Rosa, information officer",
        "co_production_level": "involving",
        "places": None,
        "what_happened_next": "",
    },
    {
        "title": "Check our information in your language",
        "slug": "checking-information-in-other-languages",
        "summary": (
            "Do you speak Polish, Romanian, Punjabi, Urdu, Portuguese, Arabic or Bengali? "
            "Help us check that our translated leaflets make sense."
        ),
        "kind": "reading_group",
        "topics": ["information", "equality-inclusion"],
        "areas": ["southgate", "trust-wide"],
        "online": False,
        "in_person": True,
        "by_phone": False,
        "on_paper": True,
        "for_service_users": False,
        "for_carers": False,
        "for_young_people": False,
        "for_anyone": True,
        "payment": "paid",
        "time_commitment": "few_sessions",
        "starts_in_days": 32,
        "duration_hours": 2,
        "closes_in_days": 25,
        "venue": "southgate-family-centre",
        "joining_instructions": "",
        "what_you_would_do": [
            "We are translating our most important leaflets. A translation can be correct "
            "but still hard to follow. We need people who speak these languages to check.",
            "You read a leaflet in your language and tell us if it sounds natural and makes "
            "sense. We meet three times, and you can take papers home.",
            "You do not need to read English well to take part. An interpreter will be there.",
        ],
        "can_influence": [
            "The words used in each translated leaflet",
            "Which leaflets we translate next",
            "Whether we also make sound or video versions",
        ],
        "cannot_influence": [
            "We cannot translate every leaflet at once. We start with the ones people need "
            "most, such as how to get help in a crisis.",
        ],
        "pre_meeting": False,
        "named_contact": True,
        "travel_help": True,
        "technology_help": False,
        "support_notes": "You can bring a friend or family member with you.",
        "host_team": "Communications team",
        "contact": "Rosa, information officer",
        "co_production_level": "involving",
        "places": 14,
        "what_happened_next": "",
    },
    # Equality and inclusion.
    {
        "title": "What stops people in our communities getting help?",
        "slug": "eastbrook-communities-focus-group",
        "summary": (
            "A group for people from Black, Asian and other minority ethnic communities in "
            "Eastbrook to talk about what gets in the way of help."
        ),
        "kind": "focus_group",
        "topics": ["equality-inclusion"],
        "areas": ["eastbrook"],
        "online": False,
        "in_person": True,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": True,
        "payment": "paid",
        "time_commitment": "one_off",
        "starts_in_days": 29,
        "duration_hours": 2,
        "closes_in_days": 22,
        "venue": "eastbrook-library",
        "joining_instructions": "",
        "what_you_would_do": [
            "People have told us our services can feel as if they were not made for them. "
            "Some said their language, culture or faith was not taken into account.",
            "This group is a safe space to talk about that, and about what would help. It "
            "is run with a local community group, in the library, not a hospital.",
        ],
        "can_influence": [
            "Where and how we offer help in Eastbrook",
            "How we work with local faith and community groups",
            "What staff learn about culture and faith",
        ],
        "cannot_influence": [
            "We cannot promise you will see a worker from your own community. We will tell "
            "you what we are doing to make our staff more like the people we serve.",
        ],
        "pre_meeting": True,
        "named_contact": True,
        "travel_help": True,
        "technology_help": False,
        "support_notes": (
            "Tell us if you need an interpreter and which language. You can bring a friend "
            "or family member."
        ),
        "host_team": "Equality and inclusion team",
        "contact": "Amir, equality and inclusion lead",
        "co_production_level": "consulting",
        "places": 12,
        "what_happened_next": "",
    },
    {
        "title": "LGBTQ+ experiences of our services",
        "slug": "lgbtq-experiences-focus-group",
        "summary": (
            "An online group for lesbian, gay, bisexual, trans and queer people to tell us "
            "how our services treated them."
        ),
        "kind": "focus_group",
        "topics": ["equality-inclusion"],
        "areas": ["trust-wide"],
        "online": True,
        "in_person": False,
        "by_phone": True,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": False,
        "payment": "paid",
        "time_commitment": "one_off",
        "starts_in_days": -30,
        "duration_hours": 1.5,
        "closes_in_days": -35,
        "venue": None,
        "joining_instructions": TEAMS_LINK,
        "what_you_would_do": [
            "We want to know if LGBTQ+ people feel safe and respected in our services.",
            "The group is run by an LGBTQ+ community worker. You can use any name you like "
            "and keep your camera off.",
        ],
        "can_influence": [
            "What staff learn about LGBTQ+ people's needs",
            "How our forms ask about gender and sexuality",
        ],
        "cannot_influence": [
            "Some questions on our forms are set by national NHS rules. We can explain why "
            "we ask them, but not remove them.",
        ],
        "pre_meeting": True,
        "named_contact": True,
        "travel_help": False,
        "technology_help": True,
        "support_notes": "",
        "host_team": "Equality and inclusion team",
        "contact": "Amir, equality and inclusion lead",
        "co_production_level": "consulting",
        "places": 10,
        "what_happened_next": (
            "Nine people took part. They asked staff to ask for, and use, the name and "
            "pronouns people choose. This is now part of training for all new staff."
        ),
    },
    {
        "title": "Survey: how should we pay you for getting involved?",
        "slug": "survey-paying-people-for-involvement",
        "summary": (
            "Tell us how we should pay people for their time and costs when they help "
            "improve our services."
        ),
        "kind": "survey",
        "topics": ["equality-inclusion"],
        "areas": ["trust-wide"],
        "online": True,
        "in_person": False,
        "by_phone": True,
        "on_paper": True,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": True,
        "for_anyone": False,
        "payment": "expenses_only",
        "time_commitment": "one_off",
        "starts_in_days": None,
        "duration_hours": 0.25,
        "closes_in_days": -15,
        "venue": None,
        "joining_instructions": (
            "Answer online, or ring 0808 157 0192 to answer by phone or ask for a paper copy."
        ),
        "what_you_would_do": [
            "We are rewriting the rules on how we pay people who get involved. Being paid "
            "fairly and on time means more people can take part.",
            "The survey asks how you would like to be paid, how fast, and what costs we "
            "should cover, such as travel or someone to care for your children.",
        ],
        "can_influence": [
            "How and how quickly we pay you",
            "Which costs we cover",
            "What help we give people on benefits before they start",
        ],
        "cannot_influence": [
            "Tax and benefit rules are set by the government. We can help you understand "
            "them, but we cannot change them.",
        ],
        "pre_meeting": False,
        "named_contact": False,
        "travel_help": False,
        "technology_help": False,
        "support_notes": "",
        "host_team": "Involvement team",
        "contact": "Sam, involvement lead",
        "co_production_level": "consulting",
        "places": None,
        "what_happened_next": (
            "Over 140 people answered. Most said being paid quickly mattered more than "
            "anything else. We now pay time and expenses within 10 working days."
        ),
    },
    # Young people.
    {
        "title": "Moving from children's to adult services",
        "slug": "moving-to-adult-services-focus-group",
        "summary": (
            "Young people aged 16 to 25 tell us what it was like to move from children's "
            "to adult mental health services."
        ),
        "kind": "focus_group",
        "topics": ["young-people", "designing-services"],
        "areas": ["northfield"],
        "online": False,
        "in_person": True,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": False,
        "for_young_people": True,
        "for_anyone": False,
        "payment": "paid",
        "time_commitment": "one_off",
        "starts_in_days": 26,
        "duration_hours": 1.5,
        "closes_in_days": 19,
        "venue": "northfield-community-centre",
        "joining_instructions": "",
        "what_you_would_do": [
            "At 18, most young people move from children's services to adult services. "
            "Many tell us it feels sudden and confusing.",
            "In this group, you share what happened to you, or what you are worried about. "
            "We then ask what would have made it easier.",
        ],
        "can_influence": [
            "When we start planning the move with each young person",
            "What information young people get before they move",
            "Whether you can meet your new worker before the move",
        ],
        "cannot_influence": [
            "Some adult services have a set age to join. We cannot change that, but we can "
            "make the move smoother.",
        ],
        "pre_meeting": True,
        "named_contact": True,
        "travel_help": True,
        "technology_help": False,
        "support_notes": (
            "The room is up one flight of stairs. If that is hard for you, tell us and we "
            "will use the ground-floor hall."
        ),
        "host_team": "Children and young people's service",
        "contact": "Mia, youth involvement worker",
        "co_production_level": "consulting",
        "places": 10,
        "what_happened_next": "",
    },
    # Wards and policies.
    {
        "title": "Quality visits to our wards",
        "slug": "quality-visits-to-our-wards",
        "summary": (
            "Visit our Westmoor wards with a senior member of staff and see what life is "
            "like for patients and visitors."
        ),
        "kind": "meeting",
        "topics": ["wards"],
        "areas": ["westmoor"],
        "online": False,
        "in_person": True,
        "by_phone": False,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": False,
        "payment": "paid",
        "time_commitment": "ongoing",
        "starts_in_days": 40,
        "duration_hours": 4,
        "closes_in_days": 26,
        "venue": "westmoor-hospital-learning-centre",
        "joining_instructions": "",
        "what_you_would_do": [
            "Each visit team has someone who has stayed on a ward or a carer, and a senior "
            "member of staff. Visits happen about every two months.",
            "You talk with patients and staff, look around the ward, and see how easy it is "
            "for visitors. Afterwards, you help write a short report.",
            "We meet at the Learning Centre, then walk to the ward together.",
        ],
        "can_influence": [
            "What the ward puts right after the visit",
            "Which things we look at on the next visits",
        ],
        "cannot_influence": [
            "You cannot look at anyone's medical notes. Visits are about the ward, not one "
            "person's care.",
            "Some parts of a ward may be closed on the day to keep patients safe.",
        ],
        "pre_meeting": True,
        "named_contact": True,
        "travel_help": True,
        "technology_help": False,
        "support_notes": (
            "Going back to a ward can bring back hard memories. We will talk it through "
            "with you first, and you can stop at any time."
        ),
        "host_team": "Quality and safety team",
        "contact": "Ben, quality lead for inpatient wards",
        "co_production_level": "involving",
        "places": 8,
        "what_happened_next": "",
    },
    {
        "title": "Policy review group",
        "slug": "policy-review-group",
        "summary": (
            "Read our new rules for staff before the board agrees them, and check they are "
            "clear and fair for patients and carers."
        ),
        "kind": "committee",
        "topics": ["designing-services", "information"],
        "areas": ["trust-wide"],
        "online": True,
        "in_person": False,
        "by_phone": True,
        "on_paper": False,
        "for_service_users": True,
        "for_carers": True,
        "for_young_people": False,
        "for_anyone": False,
        "payment": "paid",
        "time_commitment": "ongoing",
        "starts_in_days": 20,
        "duration_hours": 2,
        "closes_in_days": 14,
        "venue": None,
        "joining_instructions": TEAMS_LINK,
        "what_you_would_do": [
            "Policies are the rules staff follow. Before a new policy goes to the board, "
            "this group reads it from the point of view of patients and carers.",
            "The group meets online once a month. Before each meeting, we send you one or "
            "two policies with a plain summary. You do not have to read every page.",
            "Coming up are policies on sending patients copies of clinic letters, and on "
            "how we pay people for involvement.",
        ],
        "can_influence": [
            "The wording of policies that affect patients and carers",
            "Whether a policy is clear and fair to everyone",
            "What is added to a policy before the board agrees it",
        ],
        "cannot_influence": [
            "Some parts of a policy come from the law or national NHS rules. We will point "
            "these out, so you know what can change.",
        ],
        "pre_meeting": True,
        "named_contact": True,
        "travel_help": False,
        "technology_help": True,
        "support_notes": "We can post the papers to you if you prefer to read on paper.",
        "host_team": "Quality and safety team",
        "contact": "Lucy, policy officer",
        "co_production_level": "involving",
        "places": None,
        "what_happened_next": "",
    },
]
