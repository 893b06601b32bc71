"""A fixed set of things people said, in several languages, about three subjects."""

WAITING = [
    ("en", "I waited six months for my first appointment with the community team."),
    ("en", "The waiting list for therapy is far too long, I waited nearly a year."),
    ("ur", "مجھے کمیونٹی ٹیم سے پہلی ملاقات کے لیے چھ مہینے انتظار کرنا پڑا۔"),
    ("pl", "Na pierwszą wizytę czekałem pół roku, lista oczekujących jest za długa."),
    ("pt", "Esperei meses por uma consulta, a lista de espera é muito longa."),
    ("en", "Waiting so long for an appointment made me feel worse."),
    ("bn", "প্রথম অ্যাপয়েন্টমেন্টের জন্য আমাকে ছয় মাস অপেক্ষা করতে হয়েছে।"),
]
PARKING = [
    ("en", "There is never anywhere to park the car at the hospital."),
    ("en", "The car park is always full, I was late because I could not find a space."),
    ("ur", "ہسپتال میں گاڑی کھڑی کرنے کی جگہ کبھی نہیں ملتی۔"),
    ("pl", "Przy szpitalu nigdy nie ma gdzie zaparkować samochodu."),
    ("en", "Parking charges at the hospital car park are too expensive."),
    ("ro", "Parcarea spitalului este mereu plină și nu găsesc loc pentru mașină."),
]
KIND_STAFF = [
    ("en", "The nurses on the ward were kind and really listened to me."),
    ("en", "Staff were friendly, caring and treated me with respect."),
    ("ur", "وارڈ کی نرسیں بہت مہربان تھیں اور انہوں نے میری بات سنی۔"),
    ("pl", "Pielęgniarki na oddziale były bardzo miłe i mnie wysłuchały."),
    ("pa", "ਵਾਰਡ ਦਾ ਸਟਾਫ਼ ਬਹੁਤ ਦਿਆਲੂ ਸੀ ਅਤੇ ਮੇਰੀ ਗੱਲ ਸੁਣੀ।"),
    ("en", "My care coordinator was kind and patient with me."),
]
SUBJECTS = {"waiting": WAITING, "parking": PARKING, "kind": KIND_STAFF}
