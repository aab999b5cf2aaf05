"""Word lists for the conversation-safety classifier (:mod:`trustdesk.textsafety.chat`).

Kept apart from the rules so they can be read, extended and reviewed on their own. Every word
is lower case and in its plain spelling; ``chat`` folds obfuscated spellings (``f*ck``,
``id10t``, ``sh1t``, ``a$$``, ``s h i t``) to these before matching.

The playbook (seed 002) draws the lines: racial slurs, profanity directed at the agent and a
threatening tone are verbal abuse; a user venting frustration, even with profanity, is not.
"""

from __future__ import annotations

from trustdesk.textsafety.lexicon import words

#: Slurs (ethnic, racial, homophobic, transphobic, ableist). A slur is abusive wherever it is
#: aimed; the playbook names "racial slurs" first among its examples of verbal abuse.
SLURS: frozenset[str] = frozenset(
    {
        "nigger",
        "niggers",
        "nigga",
        "niggas",
        "negro",
        "negroes",
        "coon",
        "coons",
        "spic",
        "spics",
        "wetback",
        "wetbacks",
        "beaner",
        "beaners",
        "chink",
        "chinks",
        "gook",
        "gooks",
        "kike",
        "kikes",
        "paki",
        "pakis",
        "raghead",
        "ragheads",
        "towelhead",
        "towelheads",
        "sandnigger",
        "faggot",
        "faggots",
        "fag",
        "fags",
        "faggy",
        "dyke",
        "dykes",
        "tranny",
        "trannies",
        "shemale",
        "retard",
        "retards",
        "retarded",
        "tard",
        "tards",
        "mongoloid",
        "spaz",
        "spastic",
        "spastics",
        "spacker",
        "cripple",
        "gypsy",
        "gyppo",
        "jap",
        "japs",
        "chinaman",
        "darkie",
        "darkies",
        "jigaboo",
        "porchmonkey",
        "zipperhead",
        "kaffir",
        "pikey",
        "cracker",
        "honky",
        "halfbreed",
    }
    # In the languages users switch into (accents folded): Spanish, Portuguese, French,
    # German, Italian, Polish, Russian, Turkish, Hindi, Tagalog, Swahili.
    | {"maricon", "maricones", "marica", "joto", "sudaca", "sudacas", "viado", "viados"}
    | {"bougnoule", "bougnoules", "pede", "pedes", "spasti", "spast", "mongoloide", "terrone"}
    | {"terroni", "pidor", "pidoras", "ibne", "chakka", "intsik", "bading", "msenge", "retrasado"}
    | {"retardado", "retardados", "chamar", "bhangi", "negre", "macaco", "indio", "cygan", "cina"}
    | {"bakla"}
    # More of them: anti-Chinese (Tagalog), transgender and caste slurs (Hindi and Urdu),
    # homophobic and transphobic (French, Indonesian, Arabic), ableist (Indonesian), and the
    # anti-Black "slave" of Arabic in Latin letters.
    | {"tsekwa", "chekwa", "hijra", "hijre", "hijde", "hijda", "chakke", "chhakka", "chhakke"}
    | {"chuhra", "chuhre", "choohra", "choohre", "banci", "bencong", "autis", "khawal", "5awal"}
    | {"pd", "3abd", "abeed", "3abeed"}
    # Ableist (Spanish, Tagalog, Urdu and Swahili), homophobic (European Portuguese, Italian,
    # German), antisemitic (French), anti-Roma (German, Italian), ethnic (German), sectarian
    # (Urdu "qadiani", Hindi "katua") and transphobic (Urdu) slurs, and the ambiguous ones below.
    | words(
        """
        mongolico mongolica mongolicos mongolicas abnoy abnoys paneleiro paneleiros youpin
        youpins youpine youpines qadiani qadianis qadiyani khusra khusre khusray schwuchtel
        schwuchteln kanake kanaken zigeuner zigeunerin zigeunerinnen frocio froci zingaro
        zingara zingari zingare katua katue katuwa katuye katwe katwa chura pedale
        gogol yahoodi yahudi taahira tahira ozurlu paraiba baklang kihii
        """
    )
)

#: Slurs that are also ordinary words; they count only in an insulting frame ("you coon").
AMBIGUOUS_SLURS: frozenset[str] = frozenset(
    {"coon", "coons", "cracker", "gypsy", "jap", "negro"}
    # Also a verb, a people's or a country's name, an animal, or an identity word: "chamar"
    # (Portuguese "to call"), "cina" (Malay "China"), "macaco" (monkey), "bakla" (gay).
    | {"chamar", "bhangi", "negre", "macaco", "indio", "cygan", "cina", "bakla", "marica"}
    # French "PD" is also an abbreviation; "3abd" a part of names ("3abd el rahman"); "autis"
    # names the condition.
    | {"pd", "3abd", "abeed", "autis"}
    # A writer's name ("Gogol"), the word for a Jew, a woman's name ("Tahira"), Turkish for
    # "disabled", a Brazilian state, Tagalog "gay" with its linker, a Kikuyu word.
    | words("gogol yahoodi yahudi taahira tahira ozurlu paraiba baklang kihii")
    # Hindi "chura" (stole) and Swahili "chura" (frog) beside the caste slur; Italian
    # "pedale" (a pedal) beside the French slur.
    | {"chura", "pedale"}
)

#: Nouns that insult a person ("you idiot", "what a clown").
INSULT_NOUNS: frozenset[str] = frozenset(
    {
        "idiot",
        "idiots",
        "moron",
        "morons",
        "imbecile",
        "imbeciles",
        "cretin",
        "cretins",
        "clown",
        "clowns",
        "loser",
        "losers",
        "fool",
        "fools",
        "dumbass",
        "dumbasses",
        "jackass",
        "jackasses",
        "asshole",
        "assholes",
        "arsehole",
        "arseholes",
        "dickhead",
        "dickheads",
        "dick",
        "dicks",
        "prick",
        "pricks",
        "bastard",
        "bastards",
        "bitch",
        "bitches",
        "cunt",
        "cunts",
        "twat",
        "twats",
        "wanker",
        "wankers",
        "tosser",
        "tossers",
        "scumbag",
        "scumbags",
        "scum",
        "douche",
        "douchebag",
        "douchebags",
        "worm",
        "worms",
        "maggot",
        "maggots",
        "pig",
        "pigs",
        "cow",
        "monkey",
        "monkeys",
        "ape",
        "apes",
        "dimwit",
        "dimwits",
        "halfwit",
        "halfwits",
        "nitwit",
        "nitwits",
        "dunce",
        "buffoon",
        "buffoons",
        "muppet",
        "muppets",
        "numpty",
        "dolt",
        "airhead",
        "bozo",
        "bozos",
        "simpleton",
        "parasite",
        "parasites",
        "vermin",
        "lowlife",
        "lowlifes",
        "degenerate",
        "degenerates",
        "coward",
        "cowards",
        "liar",
        "liars",
        "thief",
        "thieves",
        "crook",
        "crooks",
        "hack",
        "hacks",
        "slut",
        "sluts",
        "whore",
        "whores",
        "hoe",
        "hoes",
        "skank",
        "motherfucker",
        "motherfuckers",
        "fucker",
        "fuckers",
        "fuckface",
        "shithead",
        "shitheads",
        "dipshit",
        "dipshits",
        "shitbag",
        "scumbucket",
        "knobhead",
        "bellend",
        "pillock",
        "prat",
        "git",
        "trash",
        "garbage",
        "filth",
        "freak",
        "freaks",
        "creep",
        "creeps",
        "weirdo",
        "psycho",
        "lunatic",
        "snowflake",
        "snowflakes",
        "sheep",
        "troll",
        "trolls",
        "hypocrite",
        "hypocrites",
        "traitor",
        "traitors",
        "pos",
        "turd",
        "turds",
        "swine",
        "rat",
        "rats",
        "snake",
        "snakes",
        "leech",
        "leeches",
        "bot",
        "robot",
        "peasant",
        "peasants",
        "scammer",
        "scammers",
        "fraudster",
        "fraudsters",
        "criminal",
        "criminals",
        "twit",
        "twits",
        "jerk",
        "jerks",
        "smartass",
        "dope",
        "tool",
        "dickwad",
        "butthead",
    }
)

#: Nouns that insult only when used as a sarcastic form of address ("nice work, genius").
SARCASTIC_NOUNS: frozenset[str] = frozenset(
    {"genius", "einstein", "sherlock", "sweetheart", "sweetie", "honey", "princess", "champ"}
)

#: Words used to insult a person when said of them ("you're useless", "you stupid ...").
INSULT_ADJECTIVES: frozenset[str] = frozenset(
    {
        "stupid",
        "stoopid",
        "dumb",
        "dumber",
        "dumbest",
        "stupidest",
        "useless",
        "worthless",
        "pathetic",
        "incompetent",
        "brainless",
        "braindead",
        "clueless",
        "lazy",
        "heartless",
        "spineless",
        "gutless",
        "lying",
        "idiotic",
        "moronic",
        "retarded",
        "thick",
        "dense",
        "disgusting",
        "pitiful",
        "ignorant",
        "hopeless",
        "miserable",
        "dishonest",
        "crooked",
        "corrupt",
        "evil",
        "vile",
        "scummy",
        "filthy",
        "dirty",
        "ugly",
        "fat",
        "fake",
        "shitty",
        "crappy",
        "lousy",
        "sorry",
        "sad",
        "clownish",
        "deranged",
        "insane",
        "crazy",
        "delusional",
        "nuts",
        "mental",
        "sick",
        "twisted",
        "rude",
        "arrogant",
        "condescending",
        "smug",
        "unprofessional",
        "inept",
        "illiterate",
        "uneducated",
        "blind",
        "deaf",
        "slow",
        "joke",
        "disgrace",
        "embarrassment",
        "waste",
    }
)

#: Profanity: offensive words that are venting when not aimed at anyone.
PROFANITY: frozenset[str] = frozenset(
    {
        "fuck",
        "fucks",
        "fucking",
        "fuckin",
        "fucked",
        "fucker",
        "fuckers",
        "fuckery",
        "fuckup",
        "motherfucker",
        "motherfucking",
        "shit",
        "shits",
        "shitty",
        "shite",
        "shitshow",
        "bullshit",
        "horseshit",
        "ass",
        "asses",
        "arse",
        "asshole",
        "assholes",
        "damn",
        "damned",
        "dammit",
        "goddamn",
        "goddammit",
        "crap",
        "crappy",
        "hell",
        "bloody",
        "piss",
        "pissed",
        "pissing",
        "bitch",
        "bitching",
        "bastard",
        "bastards",
        "cunt",
        "dick",
        "cock",
        "wtf",
        "stfu",
        "ffs",
        "omfg",
        "fml",
        "smfh",
        "screw",
        "screwed",
        "sucks",
        "suck",
        "bollocks",
        "bugger",
        "twat",
        "wank",
        "frigging",
        "friggin",
        "freaking",
        "effing",
        "expletive",
        "bullcrap",
        "clusterfuck",
        "fubar",
        "crapshow",
        "shitstorm",
    }
)

#: Mild words that only count as profanity for venting, never on their own as an insult.
MILD_PROFANITY: frozenset[str] = frozenset(
    {"damn", "dammit", "hell", "bloody", "crap", "crappy", "screw", "screwed", "sucks", "suck"}
)

#: Words a masked spelling may stand for ("f***" → fuck, "a**" → ass, "n****r" → the slur).
MASK_TARGETS: tuple[str, ...] = (
    "fuck",
    "fucking",
    "fucked",
    "fucker",
    "fuckers",
    "fuckin",
    "shit",
    "shitty",
    "shits",
    "shitshow",
    "bullshit",
    "ass",
    "asses",
    "asshole",
    "assholes",
    "dumbass",
    "jackass",
    "bitch",
    "bitches",
    "bastard",
    "bastards",
    "cunt",
    "cunts",
    "dick",
    "dickhead",
    "dickheads",
    "prick",
    "pricks",
    "piss",
    "pissed",
    "damn",
    "hell",
    "crap",
    "cock",
    "twat",
    "whore",
    "slut",
    "stupid",
    "idiot",
    "idiots",
    "moron",
    "morons",
    "motherfucker",
    "motherfucking",
    "retard",
    "retards",
    "retarded",
    "nigger",
    "niggers",
    "nigga",
    "faggot",
    "faggots",
    "fag",
    "spic",
    "chink",
    "kike",
    "paki",
    "tranny",
    "dyke",
    "gook",
    "wetback",
    "suck",
    "sucks",
    "wanker",
    "goddamn",
    "pedale",
)

#: Leetspeak: digits and symbols written for letters (``id10t``, ``sh1t``, ``a$$``, ``b!tch``).
LEET: dict[str, str] = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "@": "a",
    "$": "s",
    "!": "i",
    "|": "l",
    # Read only where it makes a listed word ("ni99a", "fa990t"): Arabic in Latin letters
    # writes its q-sound as 9 ("9ritek"), left as typed.
    "9": "g",
}

#: Short chat forms folded to the word they stand for.
CHAT_FORMS: dict[str, str] = {
    "u": "you",
    "ya": "you",
    "yu": "you",
    "r": "are",
    "ure": "you're",
    "youre": "you're",
    "yall": "y'all",
    "ppl": "people",
    "pls": "please",
    "plz": "please",
    "im": "i'm",
    "ive": "i've",
    "ill": "i'll",
    "dont": "don't",
    "cant": "can't",
    "wont": "won't",
    "isnt": "isn't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "idk": "i don't know",
    "kys": "kys",
    "kms": "kms",
    "mf": "motherfucker",
    "mofo": "motherfucker",
    "fck": "fuck",
    "fuk": "fuck",
    "fuq": "fuck",
    "fucc": "fuck",
    "fkn": "fucking",
    "fking": "fucking",
    "fkin": "fucking",
    "fcking": "fucking",
    "fuking": "fucking",
    "phuck": "fuck",
    "phucking": "fucking",
    "sht": "shit",
    "biatch": "bitch",
    "beyotch": "bitch",
    "azz": "ass",
    "arse": "ass",
    "stoopid": "stupid",
    "idjit": "idiot",
    "eejit": "idiot",
    "dumbo": "dumbass",
    "tard": "retard",
    "wasnt": "wasn't",
    "werent": "weren't",
    "arent": "aren't",
    "couldnt": "couldn't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "whats": "what's",
    "thats": "that's",
    "rn": "right now",
    "fk": "fuck",
    "istg": "i swear to god",
    "smth": "something",
    "moran": "moron",
    "morron": "moron",
    "idoit": "idiot",
    "idot": "idiot",
}

#: Words the folding may produce from leetspeak; a folded token outside every list is kept as
#: written (so ``w-8ben`` or ``4k`` are not "read" as words).
COMMON_WORDS: frozenset[str] = frozenset(
    {
        "you",
        "are",
        "your",
        "a",
        "an",
        "the",
        "is",
        "piece",
        "of",
        "so",
        "all",
        "just",
        "total",
        "kill",
        "killing",
        "die",
        "dead",
        "hate",
        "loser",
        "losers",
        "suck",
        "sucks",
        "hell",
        "hurt",
        "find",
        "myself",
        "this",
        "it",
        "and",
        "to",
        "me",
        "get",
        "lost",
        "off",
        "shut",
        "up",
        "fix",
        "people",
        "scam",
        "scammer",
        "scammers",
        "fraud",
        "joke",
    }
)

#: Insult nouns that also name things; said alone ("Garbage." "Crap, I forgot") they are venting.
THING_NOUNS: frozenset[str] = frozenset(
    {"trash", "garbage", "filth", "joke", "waste", "bot", "robot", "sheep", "snake", "snakes"}
)

#: Accusations of theft and fraud. Said in a message that names the platform or the company
#: ("what a rip-off of a platform, you are thieves", "una bola de ladrones que se quedan con tu
#: dinero") they are about the money held, venting; the playbook's verbal abuse is aimed at the
#: agent as a person.
THEFT_ACCUSATIONS: frozenset[str] = words(
    """
    thief thieves crook crooks scammer scammers fraudster fraudsters frauds robbers ladron
    ladrona ladrones ratero rateros estafador estafadores ladrao ladroes golpista golpistas
    voleur voleurs voleuse voleuses escroc escrocs arnaqueur arnaqueurs ladro ladri truffatori
    betrueger abzocker diebe chor chorr dhokebaaz penipu maling wezi hirsiz hirsizlar 7aramiya
    haramiya harami magnanakaw manloloko d'escrocs d'arnaqueurs
    """
)

#: Insults that mean the user is upset even when aimed at no one present ("the buyer is a liar
#: and a thief"): venting at least. Ambiguous words ("tool", "pig", "sorry", "slow") are left out.
VENT_INSULTS: frozenset[str] = frozenset(
    {
        "idiot",
        "idiots",
        "moron",
        "morons",
        "imbecile",
        "imbeciles",
        "clown",
        "clowns",
        "loser",
        "losers",
        "liar",
        "liars",
        "thief",
        "thieves",
        "crook",
        "crooks",
        "scammer",
        "scammers",
        "fraudster",
        "fraudsters",
        "criminals",
        "scumbag",
        "scumbags",
        "scum",
        "jerk",
        "jerks",
        "asshole",
        "assholes",
        "bastard",
        "bastards",
        "bitch",
        "dickhead",
        "prick",
        "cunt",
        "twat",
        "wanker",
        "dumbass",
        "jackass",
        "douchebag",
        "incompetent",
        "incompetence",
        "stupid",
        "stupidity",
        "idiotic",
        "moronic",
        "useless",
        "worthless",
        "pathetic",
        "clueless",
        "brainless",
        "lowlife",
        "parasite",
        "parasites",
        "leeches",
        "vultures",
        "greedy",
        "dishonest",
    }
)

#: Adjectives that insult a person rather than describe a situation.
PERSONAL_INSULT_ADJECTIVES: frozenset[str] = frozenset(
    {
        "stupid",
        "dumb",
        "idiotic",
        "moronic",
        "retarded",
        "braindead",
        "brainless",
        "clueless",
        "incompetent",
        "pathetic",
        "worthless",
        "useless",
        "lazy",
        "ugly",
        "fat",
        "spineless",
        "heartless",
        "lying",
        "smug",
        "arrogant",
        "condescending",
        "ignorant",
    }
)

#: Insults in the languages support users switch into (Spanish, Portuguese, Tagalog, Hindi,
#: German, French, Italian): "eres un inútil", "tanga ka ba?", "tu pagal hai kya". Said to the
#: agent they are abuse; said of someone else they are venting. Accents are folded
#: (``inútil`` → ``inutil``). Words that are also ordinary English ("con", "burro") are left out.
FOREIGN_INSULTS: frozenset[str] = frozenset(
    {
        "pendejo",
        "pendeja",
        "pendejos",
        "idiota",
        "idiotas",
        "estupido",
        "estupida",
        "imbecil",
        "inutil",
        "inutiles",
        "cabron",
        "gilipollas",
        "pelotudo",
        "boludo",
        "baboso",
        "otario",
        "babaca",
        "tanga",
        "bobo",
        "boba",
        "gago",
        "ulol",
        "tarantado",
        "pagal",
        "chutiya",
        "chutiye",
        "bewakoof",
        "bevakoof",
        "gadha",
        "kamina",
        "kamine",
        "harami",
        "ullu",
        "dummkopf",
        "arschloch",
        "vollidiot",
        "trottel",
        "connard",
        "abruti",
        "stronzo",
        "cretino",
        "bekaar",
        "nalayak",
        "nikamma",
        "nikamme",
        "gadhe",
        "ulul",
        "bobong",
        "tangang",
        "bodoh",
        "goblok",
        "tolol",
        "bego",
    }
    # Spanish
    | {"tonto", "tonta", "tontos", "estupidos", "estupidas", "imbeciles", "cabrona", "cabrones"}
    | {"huevon", "huevona", "weon", "culero", "culera", "mamon", "menso", "mensa", "payaso"}
    | {"payasos", "malparido", "malparida", "hijueputa", "hdp", "inepto", "inepta", "ineptos"}
    | {"incompetente", "incompetentes", "perra", "zorra", "subnormal", "hijo de puta"}
    # Portuguese
    | {"otaria", "otarios", "babacas", "imbecis", "inuteis", "lixo", "vagabundo", "vagabunda"}
    | {"safado", "safada", "arrombado", "arrombada", "desgracado", "desgracada", "corno"}
    | {"palhaco", "palhacos", "cuzao", "fdp", "retardado", "filho da puta"}
    # French
    | {"connasse", "connards", "abrutis", "cretin", "cretins", "debile", "debiles", "imbecile"}
    | {"salaud", "salauds", "salope", "encule", "batard", "bouffon", "guignol", "nul", "nuls"}
    # Hindi and Urdu
    | {"kutta", "kutte", "kutiya", "saala", "saale", "bhosdike", "bsdk", "madarchod", "behenchod"}
    | {"bhenchod", "gandu", "chor", "jahil", "besharam", "badtameez", "haramkhor", "kameena"}
    | {"kameene", "ghatiya", "nalaayak", "dhokebaaz", "ullu ka pattha"}
    # Tagalog
    | {"hayop", "peste", "engot", "hudas", "siraulo", "walanghiya", "kupal", "ungas", "gunggong"}
    | {"hangal", "ogag", "sira ulo", "walang hiya", "walang kwenta"}
    # Indonesian and Malay
    | {"bangsat", "brengsek", "bajingan", "kampret", "anjing", "babi", "monyet", "dungu"}
    | {"sinting", "bloon", "otak udang"}
    # German, Italian
    | {"depp", "idioten", "penner", "wichser", "hurensohn", "versager", "spast", "missgeburt"}
    | {"vollpfosten", "blodmann", "bloedmann", "imbecille", "coglione", "deficiente", "idioti"}
    | {"stronza", "stronzi", "cretini", "incapace", "incapaci", "buffone", "pagliaccio"}
    | {"somaro", "testa di cazzo"}
    # Turkish, Polish, Russian (Latin letters)
    | {"aptal", "aptalsin", "salak", "salaksin", "gerizekali", "gerizekalisin", "serefsiz"}
    | {"beyinsiz", "gerzek", "ahmak", "hayvan"}
    | {"pislik", "yavsak", "dangalak", "debil", "kretyn", "glupi", "glupek", "frajer", "palant"}
    | {"dupek", "matol", "idioto", "durak", "mudak", "pridurok", "kozel", "urod"}
    # Swahili, Arabic (Latin letters)
    | {"mjinga", "wajinga", "pumbavu", "mpumbavu", "mshenzi", "washenzi", "7mar", "hmar"}
    | {"7mara", "kalb", "ghabi", "7aywan", "hayawan", "sharmoot", "sharmouta", "ibn el kalb"}
    # More of each, with plurals and feminines, and the words for liars, thieves and cheats
    # that users throw at a support team they think keeps their money.
    | words(
        """
        pendejas mentiroso mentirosa mentirosos ladron ladrona ladrones ratero rateros
        estafador estafadores sinverguenza sinverguenzas tarado tarada tarados capullo capullos
        burro burra burros lameculos
        idiotas anta antas jumento ladrao ladroes vagabundos vagabundas trouxa trouxas escroto
        escrota canalha canalhas pilantra pilantras incompetente
        conne connes incapables escroc escrocs voleur voleurs voleuse menteur menteurs menteuse
        enfoire enfoires batards bouffons guignols minable minables naze nazes tocard tocards
        nulle nulles
        kanjar kanjri khabees khabis kaminey kameeney haramzada haramzade haramkhor lutere
        bewkoof bevkoof paagal jaahil nikammi lodu lawde lavde suar
        tarantado tangang bobong magnanakaw manloloko sinungaling buwaya abnoy tukmol
        kontol penipu maling pembohong songong cupu
        cahil cahiller beceriksiz beceriksizler dolandirici dolandiricilar hirsiz hirsizlar
        yalanci yalancilar sahtekar sahtekarlar ezik andaval angut
        wapumbavu bwege mabwege mwizi wezi tapeli matapeli mwongo waongo malaya tumbili nyani
        kichaa
        bwisit bwiset petasse pouffiasse
        7omar 7ameer aghbiya aghbeya aghbya ghaby ghabeya 7arami 7aramy 7aramiya 7aramiyya
        haramiya wes5 wes5a wiskh 3ars 7a2eer nassab kazzab 3abeet a7bal ahbal klab
        unfaehig unfaehige witzfigur witzfiguren vollidioten deppen betrueger luegner ladri
        truffatori bugiardi imbecilli debily tupoy tupaya kretyni idioci oszusci zlodzieje
        """
    )
    | {"bons a rien", "bon a rien", "pauvre con", "gros con", "grosse conne", "lixo humano"}
    | {"ullu ke pathe", "ullu ke patthe", "ullu ka patha", "walang silbi", "gak becus"}
    | {"ga becus", "tidak becus", "orospu cocugu", "hijos de puta", "filhos da puta"}
    | {"ibn kalb", "ya ibn el"}
    # Hindi and Urdu spellings, German, Italian and Turkish plurals, a Levantine "rubbish",
    # "son of a dog" and "son of a whore" in Urdu and Spanish.
    | words("bewaqoof bewaquf bewakuf pappnase pappnasen incompetenti serefsizler salaklar")
    | words("aptallar zbele")
    | {"kutte ke bache", "kutte ke bachche", "kuttay ke bachay", "kuttay ke bachchay"}
    | {"hijo de puta"}
    # German plurals and "brain-dead", Italian "bastards", French "vultures".
    | words("arschlocher arschloecher hirntot hirntote bastardi bastardo bastarda charognard")
    | words("charognards")
)

#: Insults in those languages that also say a thing is bad ("esta app es inutil", "ye app
#: bekaar hai", "hii platform ni takataka"): said to the agent ("eres un inutil") they insult,
#: but next to a word for the support team ("gandu support" insults it, "bekaar support" judges
#: the service) or alone as an address they do not.
FOREIGN_THING_INSULTS: frozenset[str] = words(
    """
    inutil inutiles inuteis lixo nul nuls nulle nulles minable naze bekaar ghatiya faltu sampah
    takataka zbala porcaria payah incompetente incompetentes inepto inepta ineptos estupido
    estupida burro burra bakwas incapace incapaci
    """
) | {"walang kwenta", "walang silbi"}

#: Insults in those languages that are also ordinary words, mostly animals ("mera kutta bimar
#: tha", "anjing saya sakit"): they insult only in a frame that aims them ("tu kutta hai",
#: "anjing lo"), and say nothing alone.
FOREIGN_LITERAL_INSULTS: frozenset[str] = words(
    """
    kutta anjing babi monyet hayop kalb klab hayvan kopek esek mbwa tumbili nyani suar cerdo
    incapable
    """
)

#: Words of the curses of those languages that a masked spelling may stand for ("p*tang ina
#: mo", "k*mamako", "sp*erdalaj", "va te faire f*utre").
MASKED_CURSE_WORDS: frozenset[str] = words(
    """
    putang putanginamo tanginamo kumamako kumanyoko kosomak kosommak pakyu spierdalaj foutre
    hijo puta bachay bachchay
    """
)

#: Oaths said at no one in those languages ("anjing, udah 2 minggu", "amk bu ne", "leche,
#: wala pa rin"): upset, not an address, when they open a sentence or stand alone.
FOREIGN_OATHS: frozenset[str] = words(
    """
    anjing anjir babi bangsat kampret tai taik sial sialan bangke asu jancok jancuk tangina
    putangina leche letse bwiset bwisit pakshet punyeta amk aq siktir hassiktir khara 5ara
    yel3an kurwa blyat merde putain mierda joder carajo cono verga caralho porra merda cazzo
    scheisse bc mc bkl
    """
)

#: Insult nouns common in British, Indian and other Englishes ("you absolute donkey").
MORE_INSULT_NOUNS: frozenset[str] = frozenset(
    {"donkey", "donkeys", "buffoon", "buffoons", "plonker", "plonkers", "pillock", "pillocks"}
    | {"numpty", "numpties", "tosser", "tossers", "prat", "prats", "knobhead", "knobheads"}
    | {"halfwit", "halfwits", "nitwit", "nitwits", "dimwit", "dimwits", "numbskull", "bonehead"}
    | {"boneheads", "simpleton", "simpletons", "dunce", "dunces", "ignoramus", "oaf", "oafs"}
    | {"wally", "dipstick", "monkeys", "baboons", "amateurs", "waste of space", "waste of oxygen"}
    | {"waste of skin", "waste of air", "mongrel", "mongrels", "galah", "galahs", "drongo"}
    | {"drongos", "weasel", "weasels", "leech", "leeches", "parasite"}
    | {"weapon", "melt", "muppet", "absolute weapon"}
)

#: Words in capitals that are names, not shouting ("my VAT ID", "send it ASAP").
ACRONYMS: frozenset[str] = frozenset(
    """
    AI AM API ASAP ATM AWS BBB BIC BTW CEO CET CL CRM CS CSS CSV CV DM DNS EE EIN ERP EST ETA EU
    EUR FA FAQ FFS FL FTC FYI GBP GCASH GMT GST HQ HR HTML IBAN ID IDS IMO INC INR IP IST IT
    ITIN JPG JSON KPI KYC LLC LOL MVP NDA NGO OK OMG OTP PAN PC PDF PHP PIN PLS PLZ PM PNG PR
    PST QA ROI SEO SMS SOW SQL SSL SSN SWIFT THX TL TOS TV TX UI UK UPI URL US USA USD UTC UX
    VAT VPN W WBEN WTF XML ZIP USER
    """.split()  # noqa: SIM905 (a list of short names reads better as text)
)

#: Phrases that say the user is exasperated with no one in particular ("thanks for nothing",
#: "why do I even bother"), also in the languages users switch into ("joder", "scheisse").
FRUSTRATION_PHRASES: frozenset[str] = frozenset(
    {
        "a racket",
        "anjir",
        "astaga",
        "ay dios",
        "bakwas",
        "biased",
        "blimey",
        "blyat",
        "breaking point",
        "brushed off",
        "bwisit",
        "carajo",
        "caralho",
        "cazzo",
        "cheers for nothing",
        "crikey",
        "daylight robbery",
        "desastre",
        "devastated",
        "dios mio",
        "disappointed",
        "disappointing",
        "done being nice",
        "done being patient",
        "done being polite",
        "enough is enough",
        "every single day",
        "every single ticket",
        "every single time",
        "extortion",
        "fairy tale",
        "fairytale",
        "fobbed off",
        "for christ's sake",
        "for god's sake",
        "for heaven's sake",
        "for pete's sake",
        "for the love of god",
        "geez",
        "genervt",
        "get your act together",
        "getting nowhere",
        "give me a break",
        "give me strength",
        "going in circles",
        "gone downhill",
        "good grief",
        "good lord",
        "got to be joking",
        "gotta be joking",
        "grabe",
        "gutted",
        "had it up to here",
        "how bad",
        "how hard can it be",
        "how slow",
        "i swear to god",
        "in a row",
        "insane how",
        "jeez",
        "jesus wept",
        "joder",
        "just wow",
        "kitna aur",
        "aur kitna",
        "kitna intezaar",
        "kurwa",
        "lord give me strength",
        "losing it",
        "love that for me",
        "madness",
        "merda",
        "merde",
        "mierda",
        "my god",
        "nakakabwisit",
        "nakakainis",
        "never get back",
        "never getting back",
        "never see me again",
        "no words",
        "not again",
        "not happy",
        "not impressed",
        "oh my god",
        "one more time",
        "otra vez",
        "pft",
        "porqueria",
        "porra",
        "puta madre",
        "putangina",
        "que verguenza",
        "review everywhere",
        "reviews everywhere",
        "ridiculous how",
        "rigged",
        "round in circles",
        "run around",
        "runaround",
        "scheiss",
        "scheisse",
        "so slow",
        "speechless",
        "straight answer",
        "take my business elsewhere",
        "tangina",
        "tell everyone",
        "thanks for nothing",
        "the death of me",
        "unfair",
        "unreal how",
        "upset",
        "verguenza",
        "waste of my time",
        "waste of time",
        "wetin dey happen",
        "what a circus",
        "what a disaster",
        "what a farce",
        "what a mess",
        "what a waste",
        "why do i bother",
        "why do i even bother",
        "why is it so hard",
        "ya ampun",
    }
    # More of the languages users switch into: Spanish, Portuguese, French, Tagalog,
    # Indonesian, Hindi and Urdu, Italian, German, Polish, Turkish, Russian, Swahili.
    | {"que mierda", "me cago en", "no mames", "chingada", "ptm", "ctm", "chucha", "hostia"}
    | {"estoy harto", "estoy harta", "me tienen harto", "me tienen harta", "que asco"}
    | {"puta que pariu", "pqp", "que porra", "que droga", "saco cheio", "sacanagem"}
    | {"fala serio", "putain", "bordel", "fait chier", "ras le bol", "j'en ai marre", "marre"}
    | {"n'importe quoi", "ca me saoule", "punyeta", "pucha", "lintik", "nakakaasar", "yawa"}
    | {"nakakagigil", "sialan", "kampret", "buset", "kesel banget", "bakwaas", "faltu"}
    | {"kya bakwas", "dimag kharab", "bhaad mein", "hadd hai", "had hai", "tang aa gaya"}
    | {"tang aa gayi", "porca miseria", "mannaggia", "che schifo", "verdammt", "so ein mist"}
    | {"kacke", "kurwa mac", "jasna cholera", "lanet olsun", "kahretsin", "yeter artik"}
    | {"blin", "pizdec", "pizdets", "nimechoka", "inasikitisha"}
    # Fed up, a scam, a disgrace, "what the hell": Spanish, Portuguese, French, Hindi and Urdu,
    # Tagalog, Indonesian, Turkish, Swahili, Arabic in Latin letters.
    | {"que verga", "vale verga", "pendejada", "hasta la madre", "me tiene harto", "q asco"}
    | {"me tiene harta", "un robo", "una estafa", "es una estafa", "que coraje", "no manches"}
    | {"ya basta", "que saco", "q saco", "palhacada", "que palhacada", "q palhacada", "porcaria"}
    | {"um absurdo", "que absurdo", "roubo", "que inferno", "q inferno", "to puto", "puto da vida"}
    | {"que vergonha", "galere", "quelle galere", "du racket", "du vol", "c'est honteux"}
    | {"honteux", "scandaleux", "une arnaque", "arnaque", "degoute", "degoutee", "c'est con"}
    | {"pourri", "pourrie", "lanat", "lanat hai", "dimaag kharab", "dimagh kharab"}
    | {"dimaag ki dahi", "pak gaya", "pak gayi", "loot macha", "khuli loot", "seedhi loot"}
    | {"loot hai", "dhoka", "dhokha", "dhokebaazi", "seedhi chori", "chori hai"}
    | {"mazak hai kya", "mazaak hai", "bas bohat ho gaya", "bahut ho gaya"}
    | {"had ho gayi", "sharam karo", "uff", "uffo", "leche", "bwiset", "nakakasawa"}
    | {"nakakapikon", "ano ba yan", "holdap", "kainis", "hay naku", "badtrip", "pakshet"}
    | {"tai lah", "muak", "parah banget", "parah", "nyebelin", "ngeselin", "ribet"}
    | {"kurang ajar", "gila sih", "gila banget", "rugi", "penipuan", "amk", "siktir"}
    | {"biktim", "bikkin", "rezalet", "rezillik", "yeter be", "sacmalik", "berbat", "bu ne ya"}
    | {"dolandiricilik", "hirsizlik", "upuuzi", "ujinga", "kijinga", "takataka", "imetosha"}
    | {"inatosha", "nimekasirika", "inakera", "wizi mtupu", "ni wizi", "jamani", "zah2et"}
    | {"zah2t", "ya 5arabi", "ya khrabi", "yel3an", "khara 3ala", "5ara 3ala", "ya khara"}
    | {"zbala", "yalahwy"}
    | {"yalahwi", "na9b", "nasb", "da nasb", "7aram 3aleikom", "mesh ma32ool", "mish ma32ool"}
    | {"putang ina", "tang ina", "hayop na", "mavi kabisa", "mavi tupu", "ni mavi", "otstoy"}
    | {"jakis zart", "to zart", "polnyy otstoy"}
    # Oaths and exasperation at no one: Spanish, Portuguese of Portugal, Quebec French, Hindi
    # and Urdu, Tagalog, Indonesian, Arabic in Latin letters, Turkish, German, Italian and
    # Swahili ("ya ..." is also read as "you ...", as chat folding reads "ya").
    | words(
        """
        tabarnak tabarnac tabarnaque calisse caliss criss crisse ostie ghanta 6afsha tafsha
        6afshan kishenzi saftladen vergognatevi unserios dipermainkan
        """
    )
    | {"es una joda", "una joda", "que joda", "foda se", "estou farto", "estou farta"}
    | {"uma vergonha", "merci pour rien", "completement con", "bhagwan jaane", "kya musibat"}
    | {"khuda ki qasam", "walang tulong", "gak ada gunanya", "ga ada gunanya", "sangat kecewa"}
    | {"tidak ada gunanya", "hal 3ajaqa"}
    | {"3eib 3alaykon", "3eib 3aleikom", "la 7awla wala quwwata", "la hawla wala quwwata"}
    | {"bu ne bicim", "ne bicim", "hay aksi", "sinir oldum", "sinirim bozuldu"}
    | {"schnauze voll", "dreh gleich durch", "drehe gleich durch", "ich dreh durch"}
    | {"null support", "porca puttana", "porco dio", "porca troia", "non ne posso piu"}
    | {"aki ya mungu", "aki you mungu", "mbona hamjibu", "mbona hamnijibu"}
    # A scam, a sin, fed up (Arabic in Latin letters: "had l app nasba", "wallah this is haram",
    # "ana zahe2t"), a business badly run, and cheer said three times over a loss.
    | {"nasba", "nassaba", "nasabin", "this is haram", "da haram", "zahe2t", "zehe2t"}
    | {"badly run", "poorly run", "cool cool cool"}
)

# Function words say nothing alone to the self-harm head (they only tell a long first-person
# message from a short request); they count in its word pairs ("want to", "to die").
FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "a",
        "an",
        "the",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "about",
        "as",
        "into",
        "than",
        "then",
        "when",
        "what",
        "which",
        "who",
        "that",
        "this",
        "these",
        "those",
        "it",
        "it's",
        "its",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "don't",
        "and",
        "or",
        "but",
        "if",
        "so",
        "not",
        "no",
        "i",
        "i'm",
        "me",
        "my",
        "you",
        "your",
        "we",
        "our",
        "they",
        "them",
        "their",
        "he",
        "she",
        "him",
        "her",
        "have",
        "has",
        "had",
        "will",
        "would",
        "can",
        "could",
        "just",
    }
)

#: Self-harm concepts: words grouped by what they say in a crisis message, so the self-harm head
#: (``chat.self_harm_features``) learns "a word of death near a word of self" once rather than
#: each phrasing. A word belongs to one concept; the model weighs each concept, each pair of
#: concepts in a message and each pair within a few words.
SELF_HARM_CONCEPTS: dict[str, str] = {
    **dict.fromkeys(("i", "i'm", "im", "i've", "ive", "i'll", "i'd", "me", "my", "myself"), "self"),
    **dict.fromkeys(
        (
            "die",
            "died",
            "dying",
            "dead",
            "death",
            "coffin",
            "funeral",
            "grave",
            "fatal",
            "lethal",
            "suicide",
            "suicidal",
            "overdose",
            "overdosed",
            "overdoses",
            "kms",
            "unalive",
            "morir",
            "morrer",
            "mourir",
            "mati",
            "mamatay",
            "marna",
            "muerte",
            "morte",
            "sterben",
            "morire",
            "hang",
            "hanging",
            "hanged",
            "drown",
            "drowning",
            "bleed",
            "bleeding",
            "kill",
            "killing",
        ),
        "death",
    ),
    **dict.fromkeys(
        (
            "alive",
            "live",
            "living",
            "exist",
            "existing",
            "existence",
            "breathing",
            "life",
            "world",
            "wake",
            "woke",
            "waking",
            "vivir",
            "viver",
            "leben",
            "hidup",
            "mabuhay",
            "jeena",
            "vida",
            "buhay",
            "despertar",
            "acordar",
            "born",
        ),
        "living",
    ),
    **dict.fromkeys(
        (
            "pills",
            "pill",
            "tablets",
            "meds",
            "medication",
            "medicine",
            "insulin",
            "paracetamol",
            "tylenol",
            "ibuprofen",
            "antidepressants",
            "painkillers",
            "rope",
            "noose",
            "knife",
            "blade",
            "blades",
            "razor",
            "gun",
            "pistol",
            "rifle",
            "bleach",
            "poison",
            "charcoal",
            "hose",
            "stool",
            "belt",
            "pastillas",
            "dose",
            "bottle",
            "vodka",
            "whiskey",
        ),
        "means",
    ),
    **dict.fromkeys(
        (
            "roof",
            "rooftop",
            "ledge",
            "bridge",
            "cliff",
            "tracks",
            "railway",
            "train",
            "balcony",
            "railing",
            "river",
            "sea",
            "lake",
            "quarry",
            "overpass",
            "platform",
            "window",
            "sill",
            "windowsill",
            "edge",
            "garage",
            "bath",
            "bathtub",
            "highway",
            "motorway",
            "metro",
            "floor",
            "fall",
            "jump",
            "jumping",
        ),
        "place",
    ),
    **dict.fromkeys(("wrist", "wrists", "arm", "arms", "neck", "throat", "veins", "skin"), "body"),
    **dict.fromkeys(
        (
            "now",
            "tonight",
            "already",
            "minutes",
            "mins",
            "min",
            "currently",
            "typing",
            "ago",
            "soon",
            "ready",
            "about",
        ),
        "now",
    ),
    **dict.fromkeys(
        (
            "goodbye",
            "bye",
            "farewell",
            "last",
            "final",
            "forever",
            "gone",
            "anymore",
            "never",
            "end",
            "ending",
            "over",
            "finished",
            "letters",
            "letter",
            "note",
            "sorry",
            "forgive",
            "again",
            "settled",
            "leave",
            "away",
            "everyone",
            "anybody",
            "anyone",
        ),
        "final",
    ),
    **dict.fromkeys(
        (
            "burden",
            "problem",
            "trouble",
            "insurance",
            "without",
            "better",
            "easier",
            "happier",
            "space",
            "oxygen",
            "waste",
            "deserve",
            "nobody",
            "alone",
            "miss",
            "notice",
            "cry",
            "care",
        ),
        "burden",
    ),
    **dict.fromkeys(
        (
            "hopeless",
            "hope",
            "pointless",
            "point",
            "reason",
            "nothing",
            "empty",
            "tired",
            "exhausted",
            "worthless",
            "failure",
            "pain",
            "strength",
            "courage",
            "plan",
            "decided",
            "option",
            "way",
            "escape",
            "stop",
        ),
        "despair",
    ),
    **dict.fromkeys(
        (
            "took",
            "taken",
            "swallowed",
            "swallow",
            "injected",
            "cut",
            "cutting",
            "jumped",
            "step",
            "stepped",
            "climbed",
            "tied",
            "loaded",
            "holding",
            "drank",
            "downed",
            "lying",
            "standing",
            "sitting",
        ),
        "act",
    ),
    **dict.fromkeys(
        (
            "he",
            "she",
            "he's",
            "she's",
            "his",
            "him",
            "her",
            "they",
            "them",
            "friend",
            "character",
        ),
        "other",
    ),
    **dict.fromkeys(
        (
            "client",
            "clients",
            "contract",
            "project",
            "order",
            "milestone",
            "app",
            "invoice",
            "profile",
            "deadline",
            "file",
            "files",
            "upload",
            "video",
            "call",
            "meeting",
            "email",
            "bug",
            "proposal",
            "design",
            "photos",
            "agency",
            "lol",
            "haha",
            "lmao",
        ),
        "work",
    ),
    # The same concepts in the languages users write in (accents folded; a word that is also
    # common English or another concept's word, like "mar", "most" or "gift", is left out), so
    # a line in Spanish or Tagalog shares the concepts an English one has.
    **dict.fromkeys(
        words(
            """
            yo mi eu je moi main mujhe mera meri ako aku gue gw saya ich mich mir io ben beni
            mimi sebya
            """
        ),
        "self",
    ),
    **dict.fromkeys(
        words(
            """
            muero muerto muerta morirme matarme mato suicidio suicidarme morto morta mort tuer
            suicider maut khudkushi aatmahatya patay magpakamatay bunuh meninggal tod tot
            umbringen uccidermi olmek olum intihar umrzec smierc kufa kujiua amoot mawt umeret
            smert chet
            """
        ),
        "death",
    ),
    **dict.fromkeys(
        words(
            """
            vivre vie zindagi vita vivere hayat yasamak zycie zyc maisha kuishi zhit zhizn
            """
        ),
        "living",
    ),
    **dict.fromkeys(
        words(
            """
            pastilhas comprimidos remedios cachets medicaments goli goliyan tableta tabletki
            obat lubid soga corda corde strick seil cuerda cuchillo faca couteau chaku pisau
            kutsilyo veneno racun zehir veleno
            """
        ),
        "means",
    ),
    **dict.fromkeys(
        words(
            """
            puente ponte pont techo azotea telhado toit chhat bubong atap jembatan tulay brucke
            dach tetto kopru daraja edificio predio immeuble balcon varanda balkon ventana
            janela fenetre jendela bintana fenster finestra pencere okno dirisha trilhos
            """
        ),
        "place",
    ),
    **dict.fromkeys(
        words(
            """
            ahora agora maintenant abhi ngayon sekarang jetzt adesso simdi teraz sasa seychas
            hoy hoje noche noite soir raat malam nacht notte gece usiku
            """
        ),
        "now",
    ),
    **dict.fromkeys(
        words(
            """
            adios adeus adieu alvida paalam tschuss addio hoscakal zegnaj kwaheri ultima ultimo
            derniere dernier akhri huling terakhir letzte perdon perdao maaf patawad verzeih
            perdonami affet wybacz samahani nunca jamais kabhi carta lettre chitthi sulat surat
            lettera mektup barua
            """
        ),
        "final",
    ),
    **dict.fromkeys(
        words(
            """
            carga fardo fardeau bojh pabigat beban ciezar mzigo mejor melhor mieux behtar besser
            meglio lepiej bora sola sozinho sozinha seul seule akela akeli sendiri allein nadie
            ninguem personne niemand nessuno kimse nikt
            """
        ),
        "burden",
    ),
    **dict.fromkeys(
        words(
            """
            sentido esperanza esperanca espoir umeed harapan hoffnung speranza umut nadzieja
            matumaini cansado cansada thak pagod capek lelah mude stanco yorgun zmeczony
            nimechoka nada rien nichts niente nic fracaso fracasso echec gagal fallito
            """
        ),
        "despair",
    ),
    **dict.fromkeys(
        words(
            """
            tome tomei trague engoli avale nigal ininom minum telan geschluckt ingoiato yuttum
            nimemeza cortando cortei
            """
        ),
        "act",
    ),
}

#: More of the same concepts in the marketplace's other languages (Spanish, Portuguese, French,
#: Hindi and Urdu in Latin letters, Tagalog, Indonesian and Malay, Arabic in Latin letters with
#: its digits for letters: "3" for ain, "7" for ha, "2" for hamza), and the wish words of every
#: language ("want"), so "quiero morir", "ingin mati" and "3ayez amoot" share "want + death".
#: Written as the head reads them: accents folded, spellings folded by ``HEAD_SPELLINGS``.
SELF_HARM_CONCEPTS.update(
    {
        **dict.fromkeys(
            words(
                """
                conmigo mim comigo meu minha j'ai khud apne apni mai akin aking sarili diri ana
                nafsi nefsi
                """
            ),
            "self",
        ),
        **dict.fromkeys(
            words(
                """
                morirme morirse muera muriendo moriria matar matarse suicidar ahorcarme ahorcarse
                sobredosis envenenarme morrendo morra morreria suicidar-me enforcar enforcado
                meurs meure mourrai mourir crever pendre pendu marne marunga marungi marjaun
                phansi phaansi namatay mamamatay pakamatay magpapakamatay patayin bigti
                magbigti bundir gantung mampus amoot moot ymoot nmoot mayet mawta ente7ar entehar
                2ente7ar a2tel a2tol
                """
            ),
            "death",
        ),
        **dict.fromkeys(
            words(
                """
                viviendo existir vivendo exister zinda jeene jine jaan saans nyawa hidupku
                hayah 7ayah hayati 7ayati a3eesh 3eesh
                """
            ),
            "living",
        ),
        **dict.fromkeys(
            words(
                """
                want wanna wish quiero quisiera ganas quero queria vontade veux voudrais
                chahta chahti chahiye gusto gustong ingin mau 3ayez biddi
                """
            ),
            "want",
        ),
        **dict.fromkeys(
            words(
                """
                pildoras somniferos cuchilla navaja pistola arma cloro comprimidos gilete lamina
                chumbinho comprimes pilules arme javel golian dawai rassi phanda zeher zehar
                bandook tezab gamot lason baril pil tali silet 7obob hobob habbayat sekeena
                sekina 7abl masdas
                """
            ),
            "means",
        ),
        **dict.fromkeys(
            words(
                """
                tren acantilado terraza trem viaduto penhasco falaise etage patri khidki
                darya riles gusali ilog bangin rel kereta gedung lantai sungai tebing bumbung
                sat7 sate7 kobri kubri gesr shebbak shubbak balkona
                """
            ),
            "place",
        ),
        **dict.fromkeys(
            words(
                """
                venas munecas pulsos pulso veias pescoco poignets veines kalai leher urat
                """
            ),
            "body",
        ),
        **dict.fromkeys(
            words(
                """
                ahorita bientot aaj turant kanina mamaya gabi ngayong skrg sudah delwa2ti
                halla2 naharda elleila chuka chuki
                """
            ),
            "now",
        ),
        **dict.fromkeys(
            words(
                """
                despedirme despedida perdonenme cuiden despedir perdoe pardonnez aakhri maafi
                alvidaa kalimutan pamit selamanya sam7ony samehni akher wada3an khalas
                """
            ),
            "final",
        ),
        **dict.fromkeys(
            words(
                """
                estorbo molestia extranar extranara extranaria atrapalho atrapalhar estorvo
                fardeau manquera boj pasanin mag-isa nag-iisa merepotkan ngerepotin nyusahin
                menyusahkan 3eb2 3ab2 a7san lewa7di lwa7di ma7adesh
                """
            ),
            "burden",
        ),
        **dict.fromkeys(
            words(
                """
                harto harta aguanto aguantar sirvo inutil vacio salida aguento aguentar aguentando
                saida vazio desisto desistir epuise epuisee supporte inutile vide ummeed thaka
                thaki bekaar bekar bardasht suko sumuko kakayanin kwenta menyerah nyerah sanggup
                ta3ban ta3bana ta3abt zah2an zah2t ye2s fayda 2ader
                """
            ),
            "despair",
        ),
        **dict.fromkeys(
            words(
                """
                tomado tragado tragando saltar tirarme aventarme lanzarme tomando pular engolindo
                avaler sauter kood koodna kudna uminom tumalon laslas menelan loncat lompat terjun
                sayat khadt akhadt bala3t mao haath kamay tangan
                """
            ),
            "act",
        ),
    }
)

#: Spellings the self-harm head folds before it reads a line (``chat.self_harm_features``):
#: vowels dropped or doubled in Roman Urdu and Hindi ("zindgi", "mrna"), chat shorthand in
#: Indonesian and Portuguese ("skrg", "hj"), Arabic written with digits for letters in more than
#: one way ("3ayz", "dlwa2ty"). Each variant maps to the one spelling the concepts list.
HEAD_SPELLINGS: dict[str, str] = {
    **dict.fromkeys(
        words("zindgi zndgi zindagee zindagii zindgee zendagi zindaggi zindagy"), "zindagi"
    ),
    **dict.fromkeys(words("mrna marnaa mrnaa maarna"), "marna"),
    **dict.fromkeys(words("mrne marnay mrny"), "marne"),
    **dict.fromkeys(words("maroonga marunga marooga mrunga"), "marunga"),
    **dict.fromkeys(words("maroongi marungi mrungi"), "marungi"),
    **dict.fromkeys(words("mar-jaun marjaon marjaoon marjaunga marjaungi marjau"), "marjaun"),
    **dict.fromkeys(
        words("khudkhushi khudkashi khudkushee khudkhushee khudkushi khudkhusi khudkhudi"),
        "khudkushi",
    ),
    **dict.fromkeys(words("jeenaa jina jeena jinaa jeeni jini"), "jeena"),
    **dict.fromkeys(words("jeeney jeene jine jeenay"), "jeene"),
    **dict.fromkeys(words("mout mowt maut mauth"), "maut"),
    **dict.fromkeys(words("chahta chahata chahtaa chahtay chahte chahtey"), "chahta"),
    **dict.fromkeys(words("chahti chahtii chahati"), "chahti"),
    **dict.fromkeys(words("goli goliyan goliyaan golian golia goliya golyan"), "goliyan"),
    **dict.fromkeys(words("bojh bojhh boajh"), "bojh"),
    **dict.fromkeys(words("akela akelaa akeli akelee"), "akela"),
    **dict.fromkeys(words("mujhe mujhay mjhe mje mujhy"), "mujhe"),
    **dict.fromkeys(words("abhi abi abhie abhee"), "abhi"),
    **dict.fromkeys(words("umeed ummeed umid ummid"), "umeed"),
    **dict.fromkeys(words("zeher zehar zahar zehr"), "zeher"),
    **dict.fromkeys(words("phanda fanda phandaa"), "phanda"),
    **dict.fromkeys(words("mamatay mamatai mamatayy"), "mamatay"),
    **dict.fromkeys(words("ngayon ngaun ngayun ngaon"), "ngayon"),
    **dict.fromkeys(words("pengen pingin pgn pngn kepengen ingin ingn pengin"), "ingin"),
    **dict.fromkeys(words("sekarang skrg skg skrng sekrg"), "sekarang"),
    **dict.fromkeys(words("udah sudah udh sdh"), "sudah"),
    **dict.fromkeys(words("capek cape capeek cpk"), "capek"),
    **dict.fromkeys(words("hj"), "hoje"),
    **dict.fromkeys(words("agr"), "agora"),
    **dict.fromkeys(words("jveux jveu j'veux"), "veux"),
    **dict.fromkeys(words("amoot amot amut amout amoutt"), "amoot"),
    **dict.fromkeys(words("3ayez 3ayz ayez 3ayiz 3awez 3ayza 3ayzah 3ayzh 3awza"), "3ayez"),
    **dict.fromkeys(
        words("delwa2ti dilwa2ti delwa2ty dlwa2ty delwaty dilwati delwa2t dilwa2ty"), "delwa2ti"
    ),
    **dict.fromkeys(words("halla2 hala2 hallaa halla"), "halla2"),
    **dict.fromkeys(words("elleila elleela ellela ellila"), "elleila"),
    **dict.fromkeys(words("ente7ar entehar 2ente7ar 2nte7ar enti7ar intehar"), "ente7ar"),
    **dict.fromkeys(words("7obob hobob 7bob"), "7obob"),
    **dict.fromkeys(words("sam7ony sam7oni samhoni sam7uni samhony"), "sam7ony"),
    **dict.fromkeys(words("ta3ban t3ban ta3baan"), "ta3ban"),
    **dict.fromkeys(words("lewa7di lwa7di lewahdi wa7di"), "lewa7di"),
}

#: Figures of speech in the other languages that borrow the crisis's words ("me muero de sueño",
#: "morrendo de rir", "je meurs de faim", "patay na ang laptop ko", "mati lampu", "en finir avec
#: ce litige"): the self-harm head reads a line without them, as it does the English ones
#: (``chat._FIGURES``).
FOREIGN_FIGURES_PATTERN = (
    r"\b(?:me muero|me estoy muriendo|muriendo|muerto|muerta|morrendo|morro|morri|je meurs"
    r"|meurs|mourir|mort|mati|mamatay|marr? ?(?:raha|rahi|gaya|gayi)) (?:de|d'|ng|sa|from|of)"
    r" (?:sueno|sono|hambre|fome|faim|risa|rir|rire|calor|chaud|frio|froid|ganas|vontade|envie"
    r"|saudade|verguenza|vergonha|honte|cansancio|cansaco|fatigue|aburrimiento|tedio|ennui"
    r"|gutom|antok|tawa|init|lamig|bosan|ketawa|lapar|ngantuk|kangen|rindu)\b"
    r"|\b(?:patay|sira|lowbat|dead|mati|morto|muerto|muerta|morta|mort|morte) (?:na )?"
    r"(?:ang |yung |ng |el |la |o |a |le |ma |mon |mi |meu |minha |my )?(?:laptop|phone|cellphone"
    r"|cp|celular|cel|telefone|telephone|bateria|battery|batterie|baterai|hp|wifi|internet"
    r"|computer|compu|pc|computador|ordi|ordinateur|charger|signal|sinyal|lampu|listrik|server"
    r"|site)\b"
    r"|\b(?:laptop|phone|cellphone|cp|celular|cel|telefone|bateria|battery|batterie|baterai|hp"
    r"|wifi|internet|computer|pc|computador|ordi|lampu|listrik|server|site|sinyal)(?: (?:ko|ku"
    r"|mo|saya|aku|gue|mera|meri|mi|meu|minha|mon|ma))? (?:patay|mati|morreu|murio|est morte"
    r"|est mort|died|mar gaya|mar gayi|khatam)\b"
    r"|\b(?:(?:je veux|j'veux|quiero|quero|voglio) )?(?:en finir|acabar|terminar|acabar de vez)"
    r" (?:avec|con|com) (?:ce|cet|cette|le|la|les|ces"
    r"|ca|mon|este|esta|ese|esa|el|los|las|esse|essa|isso|o|a|os|as)"
    r" (?!vie\b|vida\b|tout\b|todo\b|tudo\b)[a-z]+"
    r"|\b(?:matar|mata|tuer|kill|maar|patayin|bunuh)"
    r" (?:o |el |la |le |ang |yung |the |a |this |that )?"
    r"(?:processo|proceso|processus|process|task|tarea|tache|bug|tiempo|tempo|temps|oras|waktu"
    r"|waqt)\b"
    # stopping work for the day or ending a relationship: "für heute mach ich Schluss", "ich
    # mache Schluss mit ihm"
    r"|\bmach\w* (?:ich |jetzt |ich jetzt )?schluss (?:fur heute|fur heut|mit)\b"
    r"|\b(?:fur heute|fur heut) mach\w* (?:ich )?schluss\b"
    # up on the roof or the balcony for the signal: "abhi chhat pe hoon, network weak hai"
    r"|\b(?:chhat|roof|rooftop|terraza|azotea|terrasse|toit|laje|telhado|bubong|atap|dach|tetto"
    r"|terrazzo|cati|catida|paa|sat7|balcony|balcon|balkon|balcone)\b(?=(?: [a-z0-9',]+){0,5}"
    r" (?:network|signal|sinyal|sinal|senal|wifi|internet|rede|netz|segnale|reception|antenna"
    r"|antena|mtandao|4g|5g)\b)"
)
# More of the same: Levantine wish words, waking up, disappearing, weariness and pain.
SELF_HARM_CONCEPTS.update(
    {
        **dict.fromkeys(words("ani ena"), "self"),
        **dict.fromkeys(words("mawt elmot mayyit ymout bmout emout 2mout"), "death"),
        **dict.fromkeys(
            words("3ayesh reveiller despertarme uthun uthoon uthna gumising magising"), "living"
        ),
        **dict.fromkeys(words("bedde badde baddi ayoko ayaw"), "want"),
        **dict.fromkeys(words("sikkeen sekkeen habl dawa"), "means"),
        **dict.fromkeys(words("jisr balcona bahr rebord"), "place"),
        **dict.fromkeys(words("elyoum"), "now"),
        **dict.fromkeys(
            words(
                """
                wada3 sam7ni sam7ouni khatam desaparecer sumir disparaitre mawala hilang lenyap
                """
            ),
            "final",
        ),
        **dict.fromkeys(words("gheiri ghayri"), "burden"),
        **dict.fromkeys(
            words(
                """
                amal ya2s dukhi pareshan himmat faida sawa hirap asa kuat sia craque marre
                fuerzas dolor dor forcas cansei exausto exausta
                """
            ),
            "despair",
        ),
    }
)
HEAD_SPELLINGS.update(
    {
        **dict.fromkeys(words("nafsy nefsy nafsii"), "nafsi"),
        **dict.fromkeys(words("7boob 7ubub habbet 7abbet"), "7obob"),
        **dict.fromkeys(words("sa6e7 sateh sat7 sate7"), "sat7"),
        **dict.fromkeys(words("balakona balkona"), "balkona"),
        **dict.fromkeys(words("ellela el-leila ellila elleila"), "elleila"),
        **dict.fromkeys(words("samhuni"), "sam7ony"),
        **dict.fromkeys(words("zhe2t zh2t zah2t"), "zah2t"),
        **dict.fromkeys(words("t3bt ta3abt"), "ta3abt"),
        **dict.fromkeys(words("khtm khtam khatm"), "khatam"),
        **dict.fromkeys(words("faeda faida"), "faida"),
    }
)

# The same concepts in Turkish, Swahili, German and Italian (folded: "ölmek" → "olmek",
# "Brücke" → "brucke"), and more Arabic in Latin letters, Hindi, Tagalog, Portuguese and
# Spanish: giving one's things away and no longer needing them, a will, one's body after death,
# "nobody would miss me".
SELF_HARM_CONCEPTS.update(
    {
        **dict.fromkeys(words("kendimi bensiz kendime mimi nijiue mich mir"), "self"),
        **dict.fromkeys(
            words(
                """
                olmek olsem olursem olecegim olum olumu intihar oldur oldurecegim kufa kifo
                kujiua nitajiua najiua nife sterben sterbe tot tod umbringen umbringe selbstmord
                suizid morire morto morta ammazzarmi suicidarmi laash lash meninggal
                """
            ),
            "death",
        ),
        **dict.fromkeys(
            words("yasamak hayata hayat kuishi kupumua maisha leben vivere vita uyanmak"),
            "living",
        ),
        **dict.fromkeys(words("istiyorum keske nataka natamani mochte voglio"), "want"),
        **dict.fromkeys(
            words(
                """
                hap haplari ilac ilaclari ip urgan bicak silah sumu vidonge tembe kamba kisu
                tabletten pillen schlaftabletten strick messer pastiglie pillole compresse
                sonniferi corda lametta
                """
            ),
            "means",
        ),
        **dict.fromkeys(
            words(
                """
                kopru koprusu koprusundeyim koprudeyim cati catidan balkon balkondan rihtim
                raylar kattan kattayim paa daraja ghorofa ziwani mtoni baharini brucke dach
                gleise gleisen ponte tetto cornicione binari parapetto
                """
            ),
            "place",
        ),
        **dict.fromkeys(words("bilek bilegimi pulsadern polsi vene damu"), "body"),
        **dict.fromkeys(words("simdi sasa usiku jetzt gerade grad adesso stanotte"), "now"),
        **dict.fromkeys(
            words(
                """
                veda helal affetsin elveda kwaheri kuaga nimeshaaga wosia sitarudi abschied
                abschiedsbrief testament testamento addio wasiyya wasiya despedi ha5allas
                """
            ),
            "final",
        ),
        **dict.fromkeys(
            words(
                """
                yuk umurunda mzigo belaste belasten peso yfta2edni yefte2edni
                """
            ),
            "burden",
        ),
        **dict.fromkeys(
            words(
                """
                nimechoka tukenmis bitkin kraft schluss finita basta silbi
                """
            ),
            "despair",
        ),
        **dict.fromkeys(
            words(
                """
                ictim yuttum atla atlarsam nimekunywa nimemeza nimejikata nimefunga genommen
                geschluckt aufgeschnitten ingoiato abla3 bala3t
                """
            ),
            "act",
        ),
        # giving one's things away and no longer needing them: "dei meu notebook ... não vou
        # precisar mais", "dağıttım ... lazım olmayacak", "de diya ... zarurat nahi padegi"
        **dict.fromkeys(
            words(
                """
                doei regale regalado dagittim nimewagawia nimegawa wazza3t edetha geschenkt
                verschenkt regalato precisar necesitar zarurat lazim brauche
                """
            ),
            "giving",
        ),
    }
)
HEAD_SPELLINGS.update(
    {
        **dict.fromkeys(words("ha5alas hakhallas ha5las"), "ha5allas"),
        **dict.fromkeys(words("wasiyyah wasiyyti wasiyti"), "wasiyya"),
        **dict.fromkeys(words("laash lash laas"), "laash"),
    }
)
