"""The words of the demo projects, drawn from the seed documents (001 recommendation 7.3,
003's action plans) and written in plain English. Dates are days from the day the demo is
first loaded: negative is in the past. `forum_themes` names the forum points (by theme)
that were taken into each project."""

INDEX = {
    "title": "You said, we are doing",
    "slug": "you-said-we-are-doing",
    "summary": "What you told us, what we are doing about it, and how far we have got.",
    "introduction": (
        "<p>You tell us what to change at forums and in surveys. Each project here shows "
        "what you said and what we are doing. We show what is late and why. Follow a "
        "project to get an email each time we post an update.</p>"
    ),
}

SERVICES = [
    {"slug": "community-teams", "name": "Community mental health teams"},
    {"slug": "crisis-services", "name": "Crisis services"},
    {"slug": "talking-therapies", "name": "Talking therapies"},
    {"slug": "hospital-wards", "name": "Hospital wards"},
    {"slug": "involvement", "name": "Involvement team"},
    {"slug": "young-peoples-services", "name": "Services for young people"},
]

PROJECTS = [
    {
        "slug": "carers-information-pack",
        "title": "An information pack for carers",
        "summary": "A pack for new carers, made with carers, in the languages people speak.",
        "stage": "doing",
        "service": "community-teams",
        "themes": ["carers", "information"],
        "forum_themes": ["Carers"],
        "you_said": (
            "<p>Carers told us they get too little information at the start. They do not "
            "know their rights. They do not know who to call. Some carers do not read "
            "English well.</p>"
        ),
        "quotes": [
            ("Nobody told me I had a right to a carer's assessment.", "A carer at a forum"),
            ("I needed one sheet with the phone numbers.", "A mother who cares for her son"),
        ],
        "planned_level": "co_designing",
        "co_produced_with": "Four carers from the forums and the carers lead",
        "actions": [
            {
                "action": "Write the pack with carers",
                "what_should_change": "New carers get clear facts at their first meeting.",
                "how_we_will_know": "Carers check each page. We ask new carers if it helped.",
                "lead_role": "Carers lead for the trust",
                "target": -30,
                "status": "done",
                "done": -35,
            },
            {
                "action": "Give the pack out at every first meeting",
                "what_should_change": "Every new carer gets the pack from their care team.",
                "how_we_will_know": "Teams count the packs they give out each month.",
                "lead_role": "Manager of community teams",
                "target": 60,
                "status": "under_way",
            },
            {
                "action": "Print the pack in five more languages",
                "what_should_change": "Carers can read the pack in their own language.",
                "how_we_will_know": "The pack is on our website in each language.",
                "lead_role": "Patient information lead",
                "target": 120,
                "status": "not_started",
            },
        ],
        "challenges": [],
        "updates": [
            {
                "title": "The first pack is ready",
                "days": -34,
                "by": "Carers lead",
                "summary": "Carers checked every page. The first pack is printed.",
                "body": (
                    "<p>Four carers read every page with us. They cut a lot of long words. "
                    "The first pack is now printed in English.</p>"
                ),
            },
            {
                "title": "Teams start to give out the pack",
                "days": -10,
                "by": "Manager of community teams",
                "summary": "Two teams now give the pack to every new carer.",
                "body": (
                    "<p>Two community teams now give the pack at the first meeting. Three "
                    "more teams start next month.</p>"
                ),
            },
        ],
    },
    {
        "slug": "peer-support-roles",
        "title": "Peer support workers in our teams",
        "summary": "Paid roles for people with lived experience, in every community team.",
        "stage": "planning",
        "service": "community-teams",
        "themes": ["recruitment", "designing-services"],
        "forum_themes": ["Staff changes"],
        "you_said": (
            "<p>You said it helps to talk to someone who has been there. You asked for peer "
            "support in every team, not just a few.</p>"
        ),
        "quotes": [
            (
                "Talking to someone who had been ill too gave me hope.",
                "A person who uses our services",
            ),
        ],
        "planned_level": "co_producing",
        "co_produced_with": "Three peer workers, two carers and a service manager",
        "actions": [
            {
                "action": "Agree what a peer support worker does",
                "what_should_change": "Each team knows what the role is and is not.",
                "how_we_will_know": "A role outline is agreed by the project group.",
                "lead_role": "Head of peer support",
                "target": 30,
                "status": "under_way",
            },
            {
                "action": "Find the money for ten new roles",
                "what_should_change": "Ten teams can each hire a peer support worker.",
                "how_we_will_know": "The board agrees the money in its spring meeting.",
                "lead_role": "Director of operations",
                "target": 90,
                "status": "not_started",
            },
        ],
        "challenges": [
            {
                "what": "We do not yet have the money for all ten roles.",
                "since": -40,
                "doing": "We are asking the board. We will start with four roles if we must.",
            },
        ],
        "updates": [
            {
                "title": "The project group has met",
                "days": -20,
                "by": "Head of peer support",
                "summary": "Peer workers and carers met to plan the new roles.",
                "body": (
                    "<p>The group met twice. Peer workers lead the meetings. We wrote a "
                    "first outline of the role.</p>"
                ),
            },
        ],
    },
    {
        "slug": "lived-experience-interview-panels",
        "title": "People with lived experience on interview panels",
        "summary": "People who use services and carers help choose our staff.",
        "stage": "checking",
        "service": "involvement",
        "themes": ["recruitment"],
        "forum_themes": [],
        "you_said": (
            "<p>You said staff should be chosen with people who use services. You said the "
            "panel should be paid and trained.</p>"
        ),
        "quotes": [
            ("We know what a good nurse is like. Ask us.", "A member of the involvement register"),
        ],
        "planned_level": "involving",
        "co_produced_with": "",
        "actions": [
            {
                "action": "Train people to sit on interview panels",
                "what_should_change": "People feel ready and know what to ask.",
                "how_we_will_know": "Twenty people finish the training.",
                "lead_role": "Involvement manager",
                "target": -60,
                "status": "done",
                "done": -65,
            },
            {
                "action": "Put a trained person on every panel for senior jobs",
                "what_should_change": "No senior job is filled without a lived experience voice.",
                "how_we_will_know": "We check every senior interview for six months.",
                "lead_role": "Head of human resources",
                "target": 45,
                "status": "under_way",
            },
        ],
        "challenges": [],
        "updates": [
            {
                "title": "Twenty-two people trained",
                "days": -64,
                "by": "Involvement manager",
                "summary": "Twenty-two people finished the panel training.",
                "body": (
                    "<p>Twenty-two people finished the training. Each was paid for their time.</p>"
                ),
            },
            {
                "title": "We are checking how panels went",
                "days": -5,
                "by": "Involvement manager",
                "summary": "We are asking panel members and staff how it went.",
                "body": (
                    "<p>Panels have now chosen eleven staff. We are asking panel members "
                    "what worked and what did not.</p>"
                ),
            },
        ],
    },
    {
        "slug": "community-forum-redesign",
        "title": "A new shape for our community forums",
        "summary": "Six local forums, a round every three months, online and in person.",
        "stage": "done",
        "service": "involvement",
        "themes": ["community-forums"],
        "forum_themes": ["Online meetings"],
        "you_said": (
            "<p>You said the old forum felt formal. It was hard for new people to join. You "
            "asked for local meetings, some in person and some online.</p>"
        ),
        "quotes": [
            ("It felt like a committee, not a place to talk.", "A past forum member"),
        ],
        "planned_level": "co_producing",
        "reported_level": "co_designing",
        "level_reason": (
            "Forum members designed the new forums with us. But staff ran the budget and the "
            "venues. So people did not share all the power."
        ),
        "co_produced_with": "Forum co-chairs and members of the old forum",
        "actions": [
            {
                "action": "Start six local forums",
                "what_should_change": "People can go to a forum near home.",
                "how_we_will_know": "Each forum meets once in each round.",
                "lead_role": "Head of involvement",
                "target": -200,
                "status": "done",
                "done": -190,
            },
            {
                "action": "Swap between online and in person each round",
                "what_should_change": "People who cannot travel can still take part.",
                "how_we_will_know": "We count who comes online and who comes in person.",
                "lead_role": "Forum coordinator",
                "target": -150,
                "status": "done",
                "done": -150,
            },
        ],
        "challenges": [
            {
                "what": "Two venues had no hearing loop.",
                "since": -180,
                "doing": "We moved those forums to venues with a hearing loop.",
                "resolved": -160,
            },
        ],
        "updates": [
            {
                "title": "The new forums have started",
                "days": -190,
                "by": "Head of involvement",
                "summary": "All six forums met in their first round.",
                "body": "<p>All six forums met. One hundred and four people came in total.</p>",
            },
            {
                "title": "The project is done",
                "days": -40,
                "by": "Forum co-chair",
                "summary": "We looked back on a year of the new forums.",
                "body": (
                    "<p>More new people come now. We will keep checking this in the forum "
                    "newsletter.</p>"
                ),
            },
        ],
    },
    {
        "slug": "easier-expenses",
        "title": "Easier expenses for people who take part",
        "summary": "Pay travel costs before the day, and pay people faster.",
        "stage": "doing",
        "service": "involvement",
        "themes": ["designing-services"],
        "forum_themes": ["Getting there"],
        "you_said": (
            "<p>You said you could not pay for travel up front. You waited weeks to get your "
            "money back. Some people stopped taking part because of this.</p>"
        ),
        "quotes": [
            ("I had to choose between the bus fare and my food shop.", "A forum member"),
        ],
        "planned_level": "consulting",
        "co_produced_with": "",
        "actions": [
            {
                "action": "Pay travel costs before the day",
                "what_should_change": "Nobody has to pay up front to take part.",
                "how_we_will_know": "We count how many people ask for money up front.",
                "lead_role": "Involvement manager",
                "target": -21,
                "status": "under_way",
            },
            {
                "action": "Pay expenses within ten days",
                "what_should_change": "People get their money back fast.",
                "how_we_will_know": "Finance checks how long each claim takes.",
                "lead_role": "Head of finance",
                "target": 40,
                "status": "under_way",
            },
        ],
        "challenges": [
            {
                "what": "Our payment system cannot pay before the day yet.",
                "since": -18,
                "doing": "Finance is testing pre-paid travel cards. We will say when they work.",
            },
        ],
        "updates": [
            {
                "title": "A simpler claim form",
                "days": -50,
                "by": "Involvement manager",
                "summary": "The claim form is now one page.",
                "body": (
                    "<p>The claim form is now one page. You can send it by email or by post.</p>"
                ),
            },
            {
                "title": "Paying before the day is late",
                "days": -15,
                "by": "Head of finance",
                "summary": "We missed our date. Here is why.",
                "body": (
                    "<p>We wanted to pay travel before the day by now. Our system cannot do "
                    "this yet. We are testing travel cards instead.</p>"
                ),
            },
        ],
    },
    {
        "slug": "crisis-line-call-backs",
        "title": "Call backs from the crisis line",
        "summary": "If the line is busy at night, leave your number and we call you back.",
        "stage": "checking",
        "service": "crisis-services",
        "themes": ["crisis-care"],
        "forum_themes": ["Crisis line"],
        "you_said": (
            "<p>You said the crisis line is hard to get through to at night. People hear the "
            "busy tone and give up.</p>"
        ),
        "quotes": [],
        "planned_level": "consulting",
        "co_produced_with": "",
        "actions": [
            {
                "action": "Add one more worker late at night",
                "what_should_change": "Fewer calls get the busy tone.",
                "how_we_will_know": "We count calls that do not get through.",
                "lead_role": "Manager of the crisis service",
                "target": -90,
                "status": "done",
                "done": -95,
            },
            {
                "action": "Call back everyone who leaves a number",
                "what_should_change": "Nobody who leaves a number is left without a call.",
                "how_we_will_know": "We check each night that every number got a call.",
                "lead_role": "Manager of the crisis service",
                "target": -30,
                "status": "done",
                "done": -28,
            },
        ],
        "challenges": [],
        "updates": [
            {
                "title": "Call backs have started",
                "days": -28,
                "by": "Manager of the crisis service",
                "summary": "You can now leave your number when the line is busy.",
                "body": "<p>If the line is busy, you can leave your number. We call you back.</p>",
            },
        ],
    },
    {
        "slug": "plain-letters",
        "title": "Letters in plain words",
        "summary": "Appointment letters people can read, sent in time.",
        "stage": "doing",
        "service": "community-teams",
        "themes": ["information"],
        "forum_themes": ["Letters"],
        "you_said": (
            "<p>You said our letters use hard words. Some letters come after the appointment.</p>"
        ),
        "quotes": [
            (
                "I read the letter three times and still did not know where to go.",
                "A forum member",
            ),
        ],
        "planned_level": "involving",
        "co_produced_with": "",
        "actions": [
            {
                "action": "Rewrite the ten letters we send most",
                "what_should_change": "People understand their letters the first time.",
                "how_we_will_know": "A reading group checks each letter.",
                "lead_role": "Patient information lead",
                "target": 20,
                "status": "under_way",
            },
            {
                "action": "Send a text message as well as a letter",
                "what_should_change": "People hear in time, even if the post is slow.",
                "how_we_will_know": "We count missed first appointments.",
                "lead_role": "Head of digital services",
                "target": 75,
                "status": "not_started",
            },
        ],
        "challenges": [],
        "updates": [
            {
                "title": "The reading group has checked four letters",
                "days": -12,
                "by": "Patient information lead",
                "summary": "Four letters are rewritten and checked.",
                "body": (
                    "<p>The reading group checked four letters. They cut each one by half.</p>"
                ),
            },
        ],
    },
    {
        "slug": "keeping-in-touch-while-you-wait",
        "title": "Keeping in touch while you wait for therapy",
        "summary": "A call every six weeks while you wait, so nobody is left wondering.",
        "stage": "planning",
        "service": "talking-therapies",
        "themes": ["designing-services"],
        "forum_themes": ["Waiting times"],
        "you_said": (
            "<p>You said the wait for talking therapy is too long. Some people waited four "
            "months and heard nothing.</p>"
        ),
        "quotes": [],
        "planned_level": "consulting",
        "co_produced_with": "",
        "actions": [
            {
                "action": "Call everyone on the waiting list every six weeks",
                "what_should_change": "Nobody waits without hearing from us.",
                "how_we_will_know": "We check the list each month for people not called.",
                "lead_role": "Head of talking therapies",
                "target": 30,
                "status": "not_started",
            },
        ],
        "challenges": [],
        "updates": [
            {
                "title": "Two new therapists start soon",
                "days": -8,
                "by": "Head of talking therapies",
                "summary": "Two new therapists join next month.",
                "body": "<p>Two new therapists join next month. This should cut the wait.</p>",
            },
        ],
    },
    {
        "slug": "help-getting-to-appointments",
        "title": "Help getting to appointments",
        "summary": "We are listening to what makes it hard to get to us.",
        "stage": "listening",
        "service": "community-teams",
        "themes": ["equality-inclusion"],
        "forum_themes": [],
        "you_said": (
            "<p>You said some of our buildings are hard to reach by bus. Parking costs too "
            "much.</p>"
        ),
        "quotes": [],
        "planned_level": "consulting",
        "co_produced_with": "",
        "actions": [
            {
                "action": "Ask each forum how people travel to us",
                "what_should_change": "We know the main problems before we plan.",
                "how_we_will_know": "Each forum talks about it in the next round.",
                "lead_role": "Forum coordinator",
                "target": 50,
                "status": "under_way",
            },
        ],
        "challenges": [],
        "updates": [
            {
                "title": "We are asking the forums",
                "days": -3,
                "by": "Forum coordinator",
                "summary": "Travel is on the list for the next forum round.",
                "body": (
                    "<p>Each forum will talk about travel in the next round. Come and tell us.</p>"
                ),
            },
        ],
    },
    {
        "slug": "young-people-moving-on",
        "title": "Moving from young people's services to adult services",
        "summary": "Making the move at 18 less sudden.",
        "stage": "listening",
        "service": "young-peoples-services",
        "themes": ["young-people"],
        "forum_themes": ["Young people"],
        "you_said": (
            "<p>Young people said the move to adult services at 18 feels sudden. They lose "
            "a worker they trust.</p>"
        ),
        "quotes": [
            ("On my birthday I lost the one person who knew me.", "A young person, aged 18"),
        ],
        "planned_level": "co_designing",
        "co_produced_with": "Five young people from the youth panel",
        "actions": [
            {
                "action": "Hold three workshops with young people",
                "what_should_change": "We hear what a good move looks like.",
                "how_we_will_know": "Young people agree a list of what matters most.",
                "lead_role": "Lead for young people's services",
                "target": 70,
                "status": "not_started",
            },
        ],
        "challenges": [],
        "updates": [
            {
                "title": "The youth panel will lead the workshops",
                "days": -6,
                "by": "Lead for young people's services",
                "summary": "Young people will run the workshops, with staff to help.",
                "body": "<p>The youth panel will plan and run the workshops. Staff will help.</p>",
            },
        ],
    },
    {
        "slug": "clear-information-about-medicines",
        "title": "Clear information about medicines",
        "summary": "Short sheets about side effects, checked by people who take the medicines.",
        "stage": "done",
        "service": "hospital-wards",
        "themes": ["information", "wards"],
        "forum_themes": ["Medication"],
        "you_said": (
            "<p>You said nobody explains side effects. You want to know what to expect and "
            "who to ask.</p>"
        ),
        "quotes": [],
        "planned_level": "consulting",
        "reported_level": "consulting",
        "level_reason": "",
        "co_produced_with": "",
        "actions": [
            {
                "action": "Write a short sheet for each of the 20 most used medicines",
                "what_should_change": "People know what to expect from their medicine.",
                "how_we_will_know": "People who take them check each sheet.",
                "lead_role": "Chief pharmacist",
                "target": -120,
                "status": "done",
                "done": -110,
            },
        ],
        "challenges": [],
        "updates": [
            {
                "title": "Twenty sheets are ready",
                "days": -110,
                "by": "Chief pharmacist",
                "summary": "All twenty sheets are on the wards and on our website.",
                "body": "<p>All twenty sheets are on the wards now. Ask your nurse for one.</p>",
            },
        ],
    },
    {
        "slug": "information-in-your-language",
        "title": "Information in your language",
        "summary": "Key leaflets in the six languages people speak most, and in easy read.",
        "stage": "doing",
        "service": "involvement",
        "themes": ["information", "equality-inclusion"],
        "forum_themes": [],
        "you_said": (
            "<p>You said our leaflets are only in English. People who speak other languages "
            "miss out. Easy read versions are hard to find.</p>"
        ),
        "quotes": [
            ("My mother could not read any of it.", "A carer at a forum"),
        ],
        "planned_level": "co_designing",
        "co_produced_with": "Community groups and two interpreters",
        "actions": [
            {
                "action": "Translate our five key leaflets",
                "what_should_change": "People can read key facts in their own language.",
                "how_we_will_know": "Community groups check each translation.",
                "lead_role": "Patient information lead",
                "target": -10,
                "status": "under_way",
            },
            {
                "action": "Make easy read versions",
                "what_should_change": "People with a learning disability can read our leaflets.",
                "how_we_will_know": "A reading group checks each version.",
                "lead_role": "Patient information lead",
                "target": 80,
                "status": "not_started",
            },
        ],
        "challenges": [],
        "updates": [
            {
                "title": "Local groups check the first leaflets",
                "days": -25,
                "by": "Patient information lead",
                "summary": "Three groups are checking the first two leaflets.",
                "body": "<p>Three local groups are checking the first two leaflets.</p>",
            },
        ],
    },
]
