"""Demo community forums: six forums, a year of meetings, what came of them, two sets of
Development Group papers and a newsletter.

Demo data only. The shape comes from part three of a Surrey and Borders report in
shared/seeds (001): six local forums (five areas and an evening one), meeting in quarterly
rounds, online and in person in turn, each meeting in two parts with social time between,
points raised going to the trust for an answer within an agreed time, a Development Group
with published papers, and a newsletter each quarter. Every sentence is written afresh in
plain English. The trust, its areas, venues, roles and points are invented.
"""

INDEX = {
    "title": "Community forums",
    "slug": "community-forums",
    "summary": (
        "Local meetings where you can hear trust news, share your views and raise problems. "
        "Anyone who uses our services, and any carer, can come."
    ),
    "introduction": (
        "<p>We have six community forums. Five meet in a local area. One meets online in "
        "the evening, for anyone in any area.</p>"
        "<p>Each forum meets four times a year. We call each set of meetings a round. In "
        "each round, some forums meet in person and some meet online. They swap each time.</p>"
        "<p>You do not need to join anything or read anything first. Just register and "
        "come along.</p>"
    ),
    "development_group": (
        "<p>The Development Group brings together people from each forum and senior staff "
        "from the trust. It meets once a round, about a month after the forums.</p>"
        "<p>It looks at the points raised most often, and asks the trust what it is doing "
        "about them. Its papers are published below. The newsletter shares what it found "
        "out, in plain words.</p>"
    ),
}

HOW_IT_RUNS = (
    "<p>Come early if you like. There is time to chat and support each other before we "
    "start.</p>"
    "<p>Part one lasts about 45 minutes. Someone from the trust shares news, or asks for "
    "your ideas on one topic.</p>"
    "<p>Then there is a break. In person, it is half an hour of tea and chat. Online, it "
    "is 10 minutes.</p>"
    "<p>Part two also lasts about 45 minutes. You tell us how local services are going, "
    "good and bad. We write down each point you raise. The trust must answer each one, "
    "and we post the answers here.</p>"
    "<p>Someone from our advice service stays at the end. They can help you in private "
    "with your own care.</p>"
)

FACILITATED_BY = "A co-production lead and the forum coordinator"

# Five local forums and one evening forum for the whole trust. `venue` is where the forum
# meets in person; the evening forum always meets online, so people in every area can come.
FORUMS = [
    {
        "title": "Riverside community forum",
        "slug": "riverside",
        "summary": "A drop-in forum for people in Riverside and the villages around it.",
        "who_it_is_for": (
            "<p>Anyone in Riverside who uses our mental health services, and their carers, "
            "family and friends.</p><p>Staff from the local community team come too.</p>"
        ),
        "venue": "Riverside House",
        "contact": "Grace, co-production lead for Riverside",
    },
    {
        "title": "Northfield community forum",
        "slug": "northfield",
        "summary": "A drop-in forum for people in Northfield and the north of the area.",
        "who_it_is_for": (
            "<p>Anyone in Northfield who uses our mental health services, and their carers, "
            "family and friends.</p><p>Staff from the local community team come too.</p>"
        ),
        "venue": "Northfield Community Centre",
        "contact": "Sam, co-production lead for Northfield",
    },
    {
        "title": "Eastbrook community forum",
        "slug": "eastbrook",
        "summary": "A drop-in forum for people in Eastbrook and the towns nearby.",
        "who_it_is_for": (
            "<p>Anyone in Eastbrook who uses our mental health services, and their carers, "
            "family and friends.</p><p>Staff from the local community team come too.</p>"
        ),
        "venue": "Eastbrook Library, Community Room",
        "contact": "Priya, co-production lead for Eastbrook",
    },
    {
        "title": "Westmoor community forum",
        "slug": "westmoor",
        "summary": "A drop-in forum for people in Westmoor and the rural west.",
        "who_it_is_for": (
            "<p>Anyone in Westmoor who uses our mental health services, and their carers, "
            "family and friends.</p><p>Staff from the hospital and the local community team "
            "come too.</p>"
        ),
        "venue": "Westmoor Hospital, Learning Centre",
        "contact": "Tom, co-production lead for Westmoor",
    },
    {
        "title": "Southgate community forum",
        "slug": "southgate",
        "summary": "A drop-in forum for people in Southgate and the south of the area.",
        "who_it_is_for": (
            "<p>Anyone in Southgate who uses our mental health services, and their carers, "
            "family and friends.</p><p>Staff from the local community team come too.</p>"
        ),
        "venue": "Southgate Family Centre",
        "contact": "Ade, co-production lead for Southgate",
    },
    {
        "title": "Evening forum",
        "slug": "evening",
        "summary": (
            "An online forum in the evening, for anyone in any of our areas. Good if you "
            "work or care for someone in the day."
        ),
        "who_it_is_for": (
            "<p>Anyone who uses our services, or cares for someone who does, in any of our "
            "areas.</p><p>It suits people who cannot come in the day.</p>"
        ),
        "venue": None,
        "contact": "Grace, co-production lead for the evening forum",
    },
]

# The topic of part one in each round, oldest first; the last is the next round.
ROUND_TOPICS = [
    "<p>Part one: your care plan. We are changing how we write care plans with you. "
    "Tell us what a good plan looks like.</p>",
    "<p>Part one: help at night. What helps when you need support late at night, and what "
    "gets in the way?</p>",
    "<p>Part one: our letters. Bring a letter from us that was hard to follow. We will use "
    "them to write clearer ones.</p>",
    "<p>Part one: working with carers. How well do our teams listen to carers and keep "
    "them in the loop?</p>",
    "<p>Part one: moving between services. What makes it easier when your care moves from "
    "one team to another?</p>",
]
PART_TWO = "<p>Part two: tell us how local services are going for you.</p>"

JOINING_INSTRUCTIONS = (
    "We use Microsoft Teams. You can join on a computer, a tablet or a phone. You can also "
    "join by phone call only. Ask us if you need help to join."
)
SUPPORT_NOTES = "We pay your travel costs. If you cannot use buses or trains, ask us about a taxi."

# Points raised. Each outcome takes three of these in turn. `answer` is the trust's reply.
POINTS = [
    {
        "theme": "Waiting times",
        "what_was_said": (
            "People wait too long for a first talking therapy session. Some waited more "
            "than four months and heard nothing."
        ),
        "answered_by": "Head of talking therapies",
        "answer": (
            "We agree the wait is too long. We have two new therapists from next month. We "
            "will also phone everyone on the list every six weeks, so nobody is left "
            "wondering."
        ),
    },
    {
        "theme": "Letters",
        "what_was_said": (
            "Appointment letters use words people do not understand. Some letters arrive "
            "after the appointment."
        ),
        "answered_by": "Patient information lead",
        "answer": (
            "We are rewriting our letters with people who use our services. Letters will "
            "also go out by text message. That should stop late letters."
        ),
    },
    {
        "theme": "Crisis line",
        "what_was_said": (
            "The crisis line is hard to get through to at night. People hear the busy tone "
            "and give up."
        ),
        "answered_by": "Manager of the crisis service",
        "answer": (
            "We now have an extra worker on the line late at night. If you call when the line "
            "is busy, you can leave your number and we will call you back."
        ),
    },
    {
        "theme": "Carers",
        "what_was_said": (
            "Carers are not told when the person they care for is sent home from hospital. "
            "They find out too late to get ready."
        ),
        "answered_by": "Carers lead for the trust",
        "answer": (
            "Ward staff now ask every patient who their carer is. With the patient's say-so, "
            "they call the carer before the day they go home."
        ),
    },
    {
        "theme": "Getting there",
        "what_was_said": (
            "The bus to the clinic only runs once an hour. Missing it can mean missing the "
            "appointment."
        ),
        "answered_by": "Community team manager",
        "answer": (
            "Clinics now offer times that fit the bus. You can also ask for a video or "
            "phone appointment instead."
        ),
    },
    {
        "theme": "Staff changes",
        "what_was_said": (
            "People keep getting a new care coordinator. They have to tell their story again "
            "each time."
        ),
        "answered_by": "Director of community services",
        "answer": (
            "We are working to keep staff longer. When someone new takes over, they will "
            "read your notes first and meet you with the person who is leaving."
        ),
    },
    {
        "theme": "Young people",
        "what_was_said": (
            "Moving from the children's service to the adult service at 18 feels like "
            "falling off a cliff."
        ),
        "answered_by": "Head of children and young people's services",
        "answer": (
            "We are planning a new way to move between the two services, starting at 17. We "
            "want young people to help design it."
        ),
    },
    {
        "theme": "Medication",
        "what_was_said": (
            "People are not told about side effects before they start a new medicine. Some "
            "only find out from the leaflet in the box."
        ),
        "answered_by": "Chief pharmacist",
        "answer": (
            "Prescribers will now talk through side effects at the appointment. Our "
            "pharmacists also run a phone line for questions about medicines."
        ),
    },
    {
        "theme": "Good news",
        "what_was_said": (
            "The new peer support workers on the ward are great. People felt listened to by "
            "someone who has been there."
        ),
        "answered_by": "Lead for peer support",
        "answer": (
            "Thank you. We have shared this with the team. We plan to have peer support "
            "workers on every ward by next year."
        ),
    },
    {
        "theme": "Online meetings",
        "what_was_said": (
            "Some people cannot join online meetings. They do not have data or a device."
        ),
        "answered_by": "Involvement team manager",
        "answer": (
            "We can lend you a tablet with data for as long as you need it. You can also "
            "join any online forum by phone."
        ),
    },
]

# What the lead writes about each meeting, one per round, oldest first.
WHAT_HAPPENED = [
    "<p>We talked about care plans. People want plans written with them, in their own "
    "words. They want a copy to keep.</p><p>In part two, people raised three points. You "
    "can read them below, with the trust's answers.</p>",
    "<p>We talked about help at night. People said a friendly voice matters most. Long "
    "waits on the phone make things worse.</p><p>In part two, people raised three points. "
    "You can read them below.</p>",
    "<p>People brought letters from us that were hard to follow. We will use them to write "
    "clearer letters.</p><p>In part two, people raised three points. You can read them "
    "below.</p>",
    "<p>We talked about carers. Many carers feel left out of decisions. Staff said they "
    "want to get this right.</p><p>In part two, people raised three points. You can read "
    "them below.</p>",
]
WRITTEN_BY = "The co-production lead and a lived-experience co-chair of the forum"

# The two sets of Development Group papers: how many rounds ago they met.
PAPERS = [
    {
        "title": "Development Group papers, spring",
        "slug": "development-group-spring",
        "summary": "The agenda, minutes and papers of the spring meeting.",
        "rounds_ago": 2,
        "introduction": (
            "<p>The group looked at waiting times for talking therapies. This came up at four "
            "forums. The head of the service came to answer questions.</p>"
        ),
        "agenda": "Agenda\n\n1. Welcome\n2. Points from the forums\n3. Waiting times\n"
        "4. Any other business\n",
        "minutes": "Minutes\n\nThe group met and looked at waiting times. The trust agreed "
        "to phone people on the waiting list every six weeks.\n",
        "paper": ("Points from the forums", "Every point raised in the round, by theme."),
    },
    {
        "title": "Development Group papers, summer",
        "slug": "development-group-summer",
        "summary": "The agenda, minutes and papers of the summer meeting.",
        "rounds_ago": 1,
        "introduction": (
            "<p>The group looked at the crisis line at night and at letters. It asked the "
            "trust for a date when clearer letters will start.</p>"
        ),
        "agenda": "Agenda\n\n1. Welcome\n2. Points from the forums\n3. The crisis line\n"
        "4. Letters\n5. Any other business\n",
        "minutes": "Minutes\n\nThe group met and looked at the crisis line and letters. The "
        "trust will report back at the next meeting.\n",
        "paper": ("Crisis line report", "How many calls the line took, and how fast."),
    },
]

NEWSLETTER = {
    "title": "Forum newsletter: what you told us",
    "slug": "newsletter-what-you-told-us",
    "summary": "What the forums raised this round, what the trust said, and the next dates.",
    "body": [
        {
            "type": "rich_text",
            "value": "<h2>What you told us</h2>"
            "<p>Over 90 people came to the six forums this round. Thank you.</p>"
            "<p>The points raised most were waiting times, letters and the crisis line at "
            "night.</p>"
            "<h2>What the trust is doing</h2>"
            "<ul><li>Two new therapists start next month.</li>"
            "<li>The crisis line has an extra worker late at night.</li>"
            "<li>Letters are being rewritten with people who use our services.</li></ul>"
            "<h2>Still waiting</h2>"
            "<p>Some answers are late. We have asked the trust for them. You can see each one "
            "on the forum pages.</p>"
            "<h2>Next forums</h2>"
            "<p>The dates for the next round are on the community forums page. Register to "
            "save your place.</p>",
        }
    ],
}
