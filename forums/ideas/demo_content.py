"""The words of the demo improvement ideas. Plain English: short sentences, common words.

Each idea: title, what, theme (a topic slug), service, source, votes. Ideas in the closed
round also carry what happened next: a list of (status, days after the round closed), and the
slug of the page they went into. Until the project pages arrive (issue 7), that page is the
opportunity that carries the work forward.
"""

INDEX = {
    "title": "Improvement ideas",
    "slug": "improvement-ideas",
    "summary": "Ideas to make our services better. Vote for the ones you want most.",
    "introduction": (
        "<p>Anyone can suggest an idea. Some ideas come from our community forums. Some come "
        "from staff.</p><p>You can vote for as many ideas as you like. You vote once for each "
        "idea.</p>"
    ),
    "how_we_decide": (
        "<p>When voting closes, the Development Group looks at the ideas with the most votes. "
        "People who use our services sit on the group. It meets every three months.</p>"
        "<p>We then say what happens to each idea, and why. We write it on the idea's page.</p>"
    ),
}

SETTINGS = {
    "safeguarding_contact": "The safeguarding lead on duty",
    "safeguarding_email": "safeguarding@example.org",
    # A number Ofcom keeps for drama, so nobody is ever rung by mistake.
    "pals_phone": "0808 157 0193",
    "pals_email": "pals@example.org",
}

CONSIDERING = "The Development Group talked about this idea. They asked for a plan and costs."
REASONS = {
    "project": "We are doing this. It is now a project. You can follow it on its own page.",
    "happening": "Good news. This is already starting. The idea helped us move faster.",
    "not_taken": "We cannot do this now. We do not have the money this year. We will look again.",
}

CLOSED_ROUND = [
    {
        "title": "Longer visiting hours on wards",
        "what": "Visits end at seven in the evening. Many carers work until six. Let visits go on "
        "until eight.",
        "theme": "wards",
        "service": "wards",
        "source": "forum",
        "votes": 142,
        "then": [("considering", 7), ("happening", 40)],
    },
    {
        "title": "A carers' welcome pack",
        "what": "Give new carers a short pack. It would say who to call and what help there is.",
        "theme": "carers",
        "service": "community",
        "source": "forum",
        "votes": 128,
        "then": [("considering", 7), ("project", 35)],
        "project": "carers-information-pack",
    },
    {
        "title": "Text reminders for appointments",
        "what": "Send a text two days before each appointment. Letters often come too late.",
        "theme": "information",
        "service": "trust_wide",
        "source": "public",
        "votes": 117,
        "then": [("considering", 7), ("happening", 30)],
    },
    {
        "title": "A quiet room in every waiting area",
        "what": "Busy waiting rooms can feel scary. A small quiet room would help people "
        "stay calm.",
        "theme": "designing-services",
        "service": "community",
        "source": "public",
        "votes": 96,
        "then": [("considering", 7), ("not_taken", 45)],
    },
    {
        "title": "Call back when the crisis line is busy",
        "what": "If the line is busy, let people leave a number. Then someone calls them back.",
        "theme": "crisis-care",
        "service": "crisis",
        "source": "forum",
        "votes": 91,
        "then": [("considering", 7), ("happening", 21)],
    },
    {
        "title": "Peer support workers on every ward",
        "what": "People with their own lived experience can help others on the ward. Every ward "
        "should have one.",
        "theme": "wards",
        "service": "wards",
        "source": "staff",
        "votes": 88,
        "then": [("considering", 7), ("project", 50)],
        "project": "peer-support-roles",
    },
    {
        "title": "Same care coordinator for longer",
        "what": "People tell their story again with each new worker. Keep the same worker for at "
        "least a year where you can.",
        "theme": "designing-services",
        "service": "community",
        "source": "forum",
        "votes": 79,
        "then": [("considering", 7)],
    },
    {
        "title": "Letters in plain English",
        "what": "Our letters use hard words. Write them in plain English and test them with "
        "people first.",
        "theme": "information",
        "service": "trust_wide",
        "source": "public",
        "votes": 74,
        "then": [("considering", 7), ("happening", 28)],
    },
    {
        "title": "Free parking for carers",
        "what": "Carers visit often and parking costs add up. Give carers a free parking pass.",
        "theme": "carers",
        "service": "wards",
        "source": "public",
        "votes": 70,
        "then": [("considering", 7), ("not_taken", 42)],
    },
    {
        "title": "Young people help choose staff",
        "what": "Ask young people to sit on interview panels for staff who will work with them.",
        "theme": "young-people",
        "service": "young",
        "source": "staff",
        "votes": 63,
        "then": [("considering", 7), ("happening", 33)],
    },
    {
        "title": "Training on hearing voices",
        "what": "Some staff do not know how to talk about hearing voices. Give them training led "
        "by people who hear voices.",
        "theme": "staff-training",
        "service": "trust_wide",
        "source": "forum",
        "votes": 58,
        "then": [("considering", 7)],
    },
    {
        "title": "Interpreters booked before the visit",
        "what": "Sometimes no interpreter comes. Book them when the appointment is made, and "
        "check the day before.",
        "theme": "equality-inclusion",
        "service": "trust_wide",
        "source": "public",
        "votes": 55,
        "then": [("considering", 7), ("happening", 26)],
    },
    {
        "title": "Evening clinics once a week",
        "what": "People who work cannot come in the day. Open one clinic each week until eight.",
        "theme": "designing-services",
        "service": "talking",
        "source": "public",
        "votes": 49,
        "then": [("considering", 7), ("not_taken", 45)],
    },
    {
        "title": "A map of each hospital site",
        "what": "The sites are hard to find your way around. Put a simple map online and at "
        "each door.",
        "theme": "information",
        "service": "wards",
        "source": "staff",
        "votes": 41,
        "then": [("considering", 7), ("happening", 20)],
    },
    {
        "title": "Fresh fruit on the wards",
        "what": "Ward food has little fruit. Put a bowl of fresh fruit out each day.",
        "theme": "wards",
        "service": "wards",
        "source": "public",
        "votes": 37,
        "then": [("considering", 7), ("happening", 14)],
    },
    {
        "title": "Older people's forum by phone",
        "what": "Some older people do not use video calls. Let them join forums by phone.",
        "theme": "community-forums",
        "service": "older",
        "source": "forum",
        "votes": 33,
        "then": [("considering", 7), ("happening", 18)],
    },
    {
        "title": "Carers on the ward round",
        "what": "With the patient's say-so, carers could join the weekly ward round by phone.",
        "theme": "carers",
        "service": "wards",
        "source": "public",
        "votes": 29,
        "then": [("considering", 7)],
    },
    {
        "title": "Board games for the young people's unit",
        "what": "There is little to do in the evening. Games would help young people talk and "
        "relax.",
        "theme": "young-people",
        "service": "young",
        "source": "public",
        "votes": 24,
        "then": [("considering", 7), ("happening", 10)],
    },
    {
        "title": "A named nurse on the phone",
        "what": "When you call a ward, you often get a different person. Give each patient a "
        "named nurse to call.",
        "theme": "wards",
        "service": "wards",
        "source": "public",
        "votes": 19,
        "then": [("considering", 7), ("not_taken", 40)],
    },
    {
        "title": "Welcome signs in more languages",
        "what": "Put welcome signs in the main languages spoken in our area.",
        "theme": "equality-inclusion",
        "service": "trust_wide",
        "source": "staff",
        "votes": 15,
        "then": [("considering", 7), ("happening", 25)],
    },
]

OPEN_ROUND = [
    {
        "title": "A phone number that always answers",
        "what": "Give every team one number. Someone should answer in the day, every weekday.",
        "theme": "information",
        "service": "community",
        "source": "public",
        "votes": 64,
    },
    {
        "title": "Safe space cafe at night",
        "what": "Open a calm place to go at night, run with a local charity. It could stop some "
        "trips to A&E.",
        "theme": "crisis-care",
        "service": "crisis",
        "source": "forum",
        "votes": 58,
    },
    {
        "title": "Carers' break days",
        "what": "Plan a free day out for carers twice a year. Caring is tiring.",
        "theme": "carers",
        "service": "community",
        "source": "public",
        "votes": 51,
    },
    {
        "title": "Wi-Fi on every ward",
        "what": "Free Wi-Fi lets people keep in touch with family and friends while they are in "
        "hospital.",
        "theme": "wards",
        "service": "wards",
        "source": "public",
        "votes": 47,
    },
    {
        "title": "See your care plan online",
        "what": "Let people read their own care plan on a phone or a computer.",
        "theme": "information",
        "service": "trust_wide",
        "source": "staff",
        "votes": 42,
    },
    {
        "title": "School drop-in sessions",
        "what": "Our team could visit schools once a month. Young people could ask for help "
        "early.",
        "theme": "young-people",
        "service": "young",
        "source": "public",
        "votes": 39,
    },
    {
        "title": "Training on autism for all staff",
        "what": "Many people we see are autistic. All staff should know how to make small changes "
        "that help.",
        "theme": "staff-training",
        "service": "trust_wide",
        "source": "forum",
        "votes": 36,
    },
    {
        "title": "A garden for the wards",
        "what": "Turn the empty land by the wards into a garden. Patients could help grow food.",
        "theme": "wards",
        "service": "wards",
        "source": "public",
        "votes": 33,
    },
    {
        "title": "Pay carers' travel to meetings",
        "what": "Carers come to meetings about the person they care for. Pay their bus fare.",
        "theme": "carers",
        "service": "trust_wide",
        "source": "public",
        "votes": 28,
    },
    {
        "title": "Forum meetings at the mosque and the temple",
        "what": "Hold some forum meetings in places of worship. More people from our communities "
        "would come.",
        "theme": "equality-inclusion",
        "service": "trust_wide",
        "source": "forum",
        "votes": 26,
    },
    {
        "title": "Tell people how long the wait is",
        "what": "When you join a waiting list, tell people how long it will be. Update them each "
        "month.",
        "theme": "information",
        "service": "talking",
        "source": "public",
        "votes": 24,
    },
    {
        "title": "Help with forms about money",
        "what": "Benefit forms are hard when you are unwell. Offer help from a money adviser.",
        "theme": "designing-services",
        "service": "community",
        "source": "public",
        "votes": 21,
    },
    {
        "title": "Exercise groups for older people",
        "what": "Gentle exercise helps mood. Run a weekly walk or chair exercise group.",
        "theme": "designing-services",
        "service": "older",
        "source": "staff",
        "votes": 17,
    },
    {
        "title": "Let patients choose their ward meals a day ahead",
        "what": "Choosing the day before means fewer meals go to waste. People get what they "
        "like.",
        "theme": "wards",
        "service": "wards",
        "source": "public",
        "votes": 14,
    },
    {
        "title": "Video calls with the doctor",
        "what": "Offer a video call in place of some clinic visits. It saves a long trip.",
        "theme": "designing-services",
        "service": "community",
        "source": "public",
        "votes": 12,
    },
    {
        "title": "A young people's panel for the website",
        "what": "Ask young people to check our web pages. They know what makes sense to them.",
        "theme": "young-people",
        "service": "young",
        "source": "staff",
        "votes": 8,
    },
]

OPEN_REASON = "Open for votes until the round closes."
