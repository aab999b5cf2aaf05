"""Reference tables for the demo marketplace: places, names, work, and the words people use.

Pure data and pure helpers, no database: the generator in ``demo.py`` draws from these.
Shares are rough public figures for a large freelance marketplace (freelancers from the US,
India and the Philippines first; clients mostly in the US, the UK, Canada, Australia and
Germany). Regions are ISO 3166-2 codes; time zones are IANA names.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from random import Random

# --------------------------------------------------------------------------------------
# Places


@dataclass(frozen=True)
class Region:
    code: str  # ISO 3166-2, e.g. "PH-CEB"
    name: str
    cities: tuple[str, ...]
    timezone: str
    weight: float = 1.0


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str
    freelancer_share: float  # percent of freelancers
    client_share: float  # percent of clients
    names: tuple[tuple[str, float], ...]  # name pools and their weights
    regions: tuple[Region, ...]
    rate_factor: float  # hourly rates relative to the US
    english: tuple[float, float, float, float]  # basic, conversational, fluent, native
    phone_prefix: str
    phone_pattern: str  # "#" any digit, "N" 2-9
    category_boost: tuple[tuple[str, float], ...] = ()


def _regions(table: str) -> tuple[Region, ...]:
    """Regions from lines of ``code | name | city, city | time zone | weight``."""
    regions = []
    for line in table.strip().splitlines():
        code, name, cities, timezone, weight = (cell.strip() for cell in line.split("|"))
        regions.append(
            Region(code, name, tuple(c.strip() for c in cities.split(",")), timezone, float(weight))
        )
    return tuple(regions)


# English mixes: the shares of basic, conversational, fluent and native speakers.
NATIVE = (0.0, 0.0, 0.05, 0.95)
STRONG = (0.02, 0.18, 0.70, 0.10)
GOOD = (0.08, 0.47, 0.43, 0.02)
FAIR = (0.15, 0.55, 0.29, 0.01)

DEV = "Web, Mobile & Software Dev"
DESIGN = "Design & Creative"
WRITING = "Writing"
ADMIN = "Admin Support"
SERVICE = "Customer Service"
MARKETING = "Sales & Marketing"
TRANSLATION = "Translation"
ACCOUNTING = "Accounting & Consulting"
DATA = "Data Science & Analytics"
ENGINEERING = "Engineering & Architecture"
IT = "IT & Networking"
LEGAL = "Legal"

_ANGLO_WORK = ((WRITING, 2.0), (LEGAL, 3.0), (ACCOUNTING, 2.0), (MARKETING, 1.3))

COUNTRIES: tuple[Country, ...] = (
    Country(
        code="US",
        name="United States",
        freelancer_share=17.0,
        client_share=48.0,
        names=(("anglo", 0.8), ("hispanic", 0.2)),
        rate_factor=1.0,
        english=NATIVE,
        phone_prefix="+1",
        phone_pattern="N##55501##",
        category_boost=_ANGLO_WORK,
        regions=_regions("""
            US-CA | California | Los Angeles, San Francisco, San Diego | America/Los_Angeles | 12
            US-NY | New York | New York, Brooklyn, Buffalo | America/New_York | 8
            US-TX | Texas | Austin, Houston, Dallas, San Antonio | America/Chicago | 9
            US-FL | Florida | Miami, Tampa, Orlando, Jacksonville | America/New_York | 7
            US-WA | Washington | Seattle, Bellevue, Spokane | America/Los_Angeles | 3
            US-IL | Illinois | Chicago, Naperville | America/Chicago | 4
            US-GA | Georgia | Atlanta, Savannah | America/New_York | 3
            US-MA | Massachusetts | Boston, Cambridge | America/New_York | 2
            US-CO | Colorado | Denver, Boulder | America/Denver | 2
            US-NC | North Carolina | Charlotte, Raleigh | America/New_York | 3
            US-AZ | Arizona | Phoenix, Scottsdale, Tucson | America/Phoenix | 2
            US-PA | Pennsylvania | Philadelphia, Pittsburgh | America/New_York | 4
            US-OR | Oregon | Portland, Eugene | America/Los_Angeles | 1.5
            US-UT | Utah | Salt Lake City, Provo | America/Denver | 1
        """),
    ),
    Country(
        code="IN",
        name="India",
        freelancer_share=13.0,
        client_share=2.0,
        names=(("indian", 1.0),),
        rate_factor=0.38,
        english=STRONG,
        phone_prefix="+91",
        phone_pattern="9#########",
        category_boost=((DEV, 1.5), (DATA, 1.3), (IT, 1.3)),
        regions=_regions("""
            IN-MH | Maharashtra | Mumbai, Pune, Nagpur | Asia/Kolkata | 4
            IN-KA | Karnataka | Bengaluru, Mysuru | Asia/Kolkata | 3
            IN-DL | Delhi | New Delhi | Asia/Kolkata | 3
            IN-TN | Tamil Nadu | Chennai, Coimbatore | Asia/Kolkata | 2
            IN-TG | Telangana | Hyderabad | Asia/Kolkata | 2
            IN-WB | West Bengal | Kolkata | Asia/Kolkata | 2
            IN-UP | Uttar Pradesh | Noida, Lucknow | Asia/Kolkata | 2
            IN-GJ | Gujarat | Ahmedabad, Surat | Asia/Kolkata | 2
            IN-KL | Kerala | Kochi, Thiruvananthapuram | Asia/Kolkata | 1
            IN-RJ | Rajasthan | Jaipur | Asia/Kolkata | 1
            IN-HR | Haryana | Gurugram | Asia/Kolkata | 1
        """),
    ),
    Country(
        code="PH",
        name="Philippines",
        freelancer_share=9.0,
        client_share=0.5,
        names=(("filipino", 1.0),),
        rate_factor=0.32,
        english=STRONG,
        phone_prefix="+63",
        phone_pattern="9#########",
        category_boost=((ADMIN, 3.0), (SERVICE, 3.0), (DEV, 0.6)),
        regions=_regions("""
            PH-00 | Metro Manila | Quezon City, Manila, Makati, Pasig, Taguig | Asia/Manila | 8
            PH-CAV | Cavite | Dasmariñas, Bacoor, Imus | Asia/Manila | 2
            PH-LAG | Laguna | Santa Rosa, Calamba, San Pedro | Asia/Manila | 2
            PH-BUL | Bulacan | Malolos, Meycauayan | Asia/Manila | 1.5
            PH-PAM | Pampanga | Angeles, San Fernando | Asia/Manila | 1.5
            PH-RIZ | Rizal | Antipolo, Cainta | Asia/Manila | 1.5
            PH-BTG | Batangas | Batangas City, Lipa | Asia/Manila | 1
            PH-BEN | Benguet | Baguio | Asia/Manila | 1
            PH-CEB | Cebu | Cebu City, Mandaue, Lapu-Lapu, Talisay | Asia/Manila | 4
            PH-BOH | Bohol | Tagbilaran, Panglao | Asia/Manila | 1
            PH-LEY | Leyte | Tacloban, Ormoc | Asia/Manila | 1
            PH-SLE | Southern Leyte | Maasin, Sogod | Asia/Manila | 0.5
            PH-NEC | Negros Occidental | Bacolod, Silay | Asia/Manila | 1.5
            PH-ILI | Iloilo | Iloilo City, Oton | Asia/Manila | 1.5
            PH-DAS | Davao del Sur | Davao City, Digos | Asia/Manila | 2
            PH-MSR | Misamis Oriental | Cagayan de Oro | Asia/Manila | 1
        """),
    ),
    Country(
        code="PK",
        name="Pakistan",
        freelancer_share=6.0,
        client_share=0.5,
        names=(("pakistani", 1.0),),
        rate_factor=0.33,
        english=GOOD,
        phone_prefix="+92",
        phone_pattern="3#########",
        category_boost=((DEV, 1.3), (DESIGN, 1.2), (MARKETING, 1.2)),
        regions=_regions("""
            PK-PB | Punjab | Lahore, Faisalabad, Rawalpindi, Multan | Asia/Karachi | 5
            PK-SD | Sindh | Karachi, Hyderabad | Asia/Karachi | 3
            PK-IS | Islamabad | Islamabad | Asia/Karachi | 2
            PK-KP | Khyber Pakhtunkhwa | Peshawar, Abbottabad | Asia/Karachi | 1
        """),
    ),
    Country(
        code="UA",
        name="Ukraine",
        freelancer_share=4.0,
        client_share=0.5,
        names=(("ukrainian", 1.0),),
        rate_factor=0.6,
        english=GOOD,
        phone_prefix="+380",
        phone_pattern="6########",
        category_boost=((DEV, 2.0), (DESIGN, 1.3), (DATA, 1.2)),
        regions=_regions("""
            UA-30 | Kyiv | Kyiv | Europe/Kyiv | 4
            UA-46 | Lviv Oblast | Lviv | Europe/Kyiv | 2
            UA-63 | Kharkiv Oblast | Kharkiv | Europe/Kyiv | 2
            UA-51 | Odesa Oblast | Odesa | Europe/Kyiv | 1.5
            UA-12 | Dnipropetrovsk Oblast | Dnipro | Europe/Kyiv | 1.5
            UA-05 | Vinnytsia Oblast | Vinnytsia | Europe/Kyiv | 0.5
        """),
    ),
    Country(
        code="BD",
        name="Bangladesh",
        freelancer_share=4.0,
        client_share=0.2,
        names=(("bangladeshi", 1.0),),
        rate_factor=0.28,
        english=FAIR,
        phone_prefix="+880",
        phone_pattern="1#########",
        category_boost=((DESIGN, 1.5), (MARKETING, 1.5), (ADMIN, 1.3)),
        regions=_regions("""
            BD-13 | Dhaka | Dhaka, Savar | Asia/Dhaka | 5
            BD-10 | Chattogram | Chattogram | Asia/Dhaka | 2
            BD-60 | Sylhet | Sylhet | Asia/Dhaka | 1
            BD-27 | Khulna | Khulna | Asia/Dhaka | 1
            BD-54 | Rajshahi | Rajshahi | Asia/Dhaka | 1
        """),
    ),
    Country(
        code="GB",
        name="United Kingdom",
        freelancer_share=3.0,
        client_share=9.0,
        names=(("anglo", 0.85), ("indian", 0.15)),
        rate_factor=0.95,
        english=NATIVE,
        phone_prefix="+44",
        phone_pattern="7#########",
        category_boost=_ANGLO_WORK,
        regions=_regions("""
            GB-LND | London | London | Europe/London | 6
            GB-MAN | Manchester | Manchester | Europe/London | 2
            GB-BIR | Birmingham | Birmingham | Europe/London | 2
            GB-EDH | Edinburgh | Edinburgh | Europe/London | 1
            GB-GLG | Glasgow | Glasgow | Europe/London | 1
            GB-BST | Bristol | Bristol | Europe/London | 1
            GB-LDS | Leeds | Leeds | Europe/London | 1
            GB-CRF | Cardiff | Cardiff | Europe/London | 0.5
        """),
    ),
    Country(
        code="NG",
        name="Nigeria",
        freelancer_share=3.0,
        client_share=0.3,
        names=(("nigerian", 1.0),),
        rate_factor=0.35,
        english=STRONG,
        phone_prefix="+234",
        phone_pattern="8#########",
        category_boost=((WRITING, 1.5), (ADMIN, 1.5), (MARKETING, 1.2)),
        regions=_regions("""
            NG-LA | Lagos | Lagos, Ikeja, Lekki | Africa/Lagos | 5
            NG-FC | Federal Capital Territory | Abuja | Africa/Lagos | 2
            NG-OY | Oyo | Ibadan | Africa/Lagos | 1
            NG-RI | Rivers | Port Harcourt | Africa/Lagos | 1
            NG-EN | Enugu | Enugu | Africa/Lagos | 1
            NG-KN | Kano | Kano | Africa/Lagos | 0.5
        """),
    ),
    Country(
        code="EG",
        name="Egypt",
        freelancer_share=2.5,
        client_share=0.3,
        names=(("egyptian", 1.0),),
        rate_factor=0.35,
        english=GOOD,
        phone_prefix="+20",
        phone_pattern="1#########",
        category_boost=((DESIGN, 1.2), (TRANSLATION, 2.0), (DEV, 1.1)),
        regions=_regions("""
            EG-C | Cairo | Cairo, New Cairo | Africa/Cairo | 4
            EG-GZ | Giza | Giza, 6th of October City | Africa/Cairo | 2
            EG-ALX | Alexandria | Alexandria | Africa/Cairo | 2
            EG-DK | Dakahlia | Mansoura | Africa/Cairo | 1
        """),
    ),
    Country(
        code="KE",
        name="Kenya",
        freelancer_share=2.5,
        client_share=0.2,
        names=(("kenyan", 1.0),),
        rate_factor=0.32,
        english=STRONG,
        phone_prefix="+254",
        phone_pattern="7########",
        category_boost=((WRITING, 1.8), (ADMIN, 1.5), (SERVICE, 1.3)),
        regions=_regions("""
            KE-30 | Nairobi City | Nairobi | Africa/Nairobi | 5
            KE-28 | Mombasa | Mombasa | Africa/Nairobi | 1.5
            KE-17 | Kisumu | Kisumu | Africa/Nairobi | 1
            KE-31 | Nakuru | Nakuru | Africa/Nairobi | 1
            KE-13 | Kiambu | Thika, Ruiru | Africa/Nairobi | 1
        """),
    ),
    Country(
        code="BR",
        name="Brazil",
        freelancer_share=2.5,
        client_share=0.5,
        names=(("brazilian", 1.0),),
        rate_factor=0.5,
        english=FAIR,
        phone_prefix="+55",
        phone_pattern="119########",
        category_boost=((DESIGN, 1.3), (TRANSLATION, 1.5), (DEV, 1.2)),
        regions=_regions("""
            BR-SP | São Paulo | São Paulo, Campinas | America/Sao_Paulo | 5
            BR-RJ | Rio de Janeiro | Rio de Janeiro, Niterói | America/Sao_Paulo | 3
            BR-MG | Minas Gerais | Belo Horizonte | America/Sao_Paulo | 2
            BR-PR | Paraná | Curitiba | America/Sao_Paulo | 1.5
            BR-RS | Rio Grande do Sul | Porto Alegre | America/Sao_Paulo | 1.5
            BR-SC | Santa Catarina | Florianópolis | America/Sao_Paulo | 1
            BR-PE | Pernambuco | Recife | America/Recife | 1
        """),
    ),
    Country(
        code="AR",
        name="Argentina",
        freelancer_share=2.0,
        client_share=0.3,
        names=(("hispanic", 1.0),),
        rate_factor=0.55,
        english=GOOD,
        phone_prefix="+54",
        phone_pattern="911########",
        category_boost=((DESIGN, 1.3), (TRANSLATION, 1.5), (DEV, 1.3)),
        regions=_regions("""
            AR-C | Ciudad de Buenos Aires | Buenos Aires | America/Argentina/Buenos_Aires | 5
            AR-B | Buenos Aires | La Plata, Mar del Plata | America/Argentina/Buenos_Aires | 2
            AR-X | Córdoba | Córdoba | America/Argentina/Cordoba | 2
            AR-S | Santa Fe | Rosario | America/Argentina/Cordoba | 1.5
            AR-M | Mendoza | Mendoza | America/Argentina/Mendoza | 1
        """),
    ),
    Country(
        code="MX",
        name="Mexico",
        freelancer_share=2.0,
        client_share=0.5,
        names=(("hispanic", 1.0),),
        rate_factor=0.55,
        english=GOOD,
        phone_prefix="+52",
        phone_pattern="55########",
        category_boost=((DESIGN, 1.3), (TRANSLATION, 1.5), (DEV, 1.2)),
        regions=_regions("""
            MX-CMX | Ciudad de México | Ciudad de México | America/Mexico_City | 5
            MX-JAL | Jalisco | Guadalajara, Zapopan | America/Mexico_City | 2.5
            MX-NLE | Nuevo León | Monterrey | America/Monterrey | 2
            MX-PUE | Puebla | Puebla | America/Mexico_City | 1
            MX-QUE | Querétaro | Querétaro | America/Mexico_City | 1
            MX-YUC | Yucatán | Mérida | America/Merida | 1
        """),
    ),
    Country(
        code="CO",
        name="Colombia",
        freelancer_share=1.5,
        client_share=0.3,
        names=(("hispanic", 1.0),),
        rate_factor=0.5,
        english=GOOD,
        phone_prefix="+57",
        phone_pattern="3#########",
        category_boost=((DESIGN, 1.3), (TRANSLATION, 1.5), (SERVICE, 1.3)),
        regions=_regions("""
            CO-DC | Bogotá | Bogotá | America/Bogota | 4
            CO-ANT | Antioquia | Medellín, Envigado | America/Bogota | 3
            CO-VAC | Valle del Cauca | Cali | America/Bogota | 1.5
            CO-ATL | Atlántico | Barranquilla | America/Bogota | 1
            CO-SAN | Santander | Bucaramanga | America/Bogota | 0.5
        """),
    ),
    Country(
        code="VN",
        name="Vietnam",
        freelancer_share=2.0,
        client_share=0.3,
        names=(("vietnamese", 1.0),),
        rate_factor=0.38,
        english=FAIR,
        phone_prefix="+84",
        phone_pattern="9########",
        category_boost=((DESIGN, 1.5), (DEV, 1.2)),
        regions=_regions("""
            VN-SG | Hồ Chí Minh | Ho Chi Minh City | Asia/Ho_Chi_Minh | 4
            VN-HN | Hà Nội | Hanoi | Asia/Ho_Chi_Minh | 3
            VN-DN | Đà Nẵng | Da Nang | Asia/Ho_Chi_Minh | 1
            VN-CT | Cần Thơ | Can Tho | Asia/Ho_Chi_Minh | 0.5
        """),
    ),
    Country(
        code="ID",
        name="Indonesia",
        freelancer_share=2.0,
        client_share=0.3,
        names=(("indonesian", 1.0),),
        rate_factor=0.36,
        english=FAIR,
        phone_prefix="+62",
        phone_pattern="81########",
        category_boost=((DESIGN, 1.5), (DEV, 1.2)),
        regions=_regions("""
            ID-JK | DKI Jakarta | Jakarta | Asia/Jakarta | 4
            ID-JB | Jawa Barat | Bandung, Bekasi | Asia/Jakarta | 2.5
            ID-JI | Jawa Timur | Surabaya, Malang | Asia/Jakarta | 2
            ID-JT | Jawa Tengah | Semarang | Asia/Jakarta | 1
            ID-YO | DI Yogyakarta | Yogyakarta | Asia/Jakarta | 1
            ID-BA | Bali | Denpasar | Asia/Makassar | 1
        """),
    ),
    Country(
        code="RS",
        name="Serbia",
        freelancer_share=2.0,
        client_share=0.3,
        names=(("serbian", 1.0),),
        rate_factor=0.62,
        english=GOOD,
        phone_prefix="+381",
        phone_pattern="6########",
        category_boost=((DEV, 2.0), (DESIGN, 1.3)),
        regions=_regions("""
            RS-00 | Beograd | Belgrade | Europe/Belgrade | 5
            RS-06 | Južnobački okrug | Novi Sad | Europe/Belgrade | 2
            RS-20 | Nišavski okrug | Niš | Europe/Belgrade | 1
            RS-12 | Šumadijski okrug | Kragujevac | Europe/Belgrade | 0.5
        """),
    ),
    Country(
        code="PL",
        name="Poland",
        freelancer_share=2.0,
        client_share=0.5,
        names=(("polish", 1.0),),
        rate_factor=0.68,
        english=STRONG,
        phone_prefix="+48",
        phone_pattern="5########",
        category_boost=((DEV, 2.0), (DATA, 1.3)),
        regions=_regions("""
            PL-MZ | Mazowieckie | Warsaw | Europe/Warsaw | 4
            PL-MA | Małopolskie | Kraków | Europe/Warsaw | 2.5
            PL-DS | Dolnośląskie | Wrocław | Europe/Warsaw | 2
            PL-PM | Pomorskie | Gdańsk, Gdynia | Europe/Warsaw | 1.5
            PL-WP | Wielkopolskie | Poznań | Europe/Warsaw | 1.5
            PL-LD | Łódzkie | Łódź | Europe/Warsaw | 1
        """),
    ),
    Country(
        code="CA",
        name="Canada",
        freelancer_share=3.0,
        client_share=7.0,
        names=(("anglo", 0.75), ("french", 0.15), ("indian", 0.1)),
        rate_factor=0.9,
        english=NATIVE,
        phone_prefix="+1",
        phone_pattern="N##55501##",
        category_boost=_ANGLO_WORK,
        regions=_regions("""
            CA-ON | Ontario | Toronto, Ottawa, Mississauga | America/Toronto | 5
            CA-BC | British Columbia | Vancouver, Victoria | America/Vancouver | 2.5
            CA-QC | Quebec | Montréal, Québec City | America/Toronto | 2.5
            CA-AB | Alberta | Calgary, Edmonton | America/Edmonton | 1.5
            CA-NS | Nova Scotia | Halifax | America/Halifax | 0.5
        """),
    ),
    Country(
        code="AU",
        name="Australia",
        freelancer_share=1.5,
        client_share=7.0,
        names=(("anglo", 1.0),),
        rate_factor=0.95,
        english=NATIVE,
        phone_prefix="+61",
        phone_pattern="4########",
        category_boost=_ANGLO_WORK,
        regions=_regions("""
            AU-NSW | New South Wales | Sydney, Newcastle | Australia/Sydney | 4
            AU-VIC | Victoria | Melbourne, Geelong | Australia/Melbourne | 3.5
            AU-QLD | Queensland | Brisbane, Gold Coast | Australia/Brisbane | 2.5
            AU-WA | Western Australia | Perth | Australia/Perth | 1.5
            AU-SA | South Australia | Adelaide | Australia/Adelaide | 1
        """),
    ),
    Country(
        code="DE",
        name="Germany",
        freelancer_share=1.5,
        client_share=5.0,
        names=(("german", 1.0),),
        rate_factor=0.95,
        english=STRONG,
        phone_prefix="+49",
        phone_pattern="15#########",
        category_boost=((TRANSLATION, 2.0), (ENGINEERING, 1.5)),
        regions=_regions("""
            DE-BE | Berlin | Berlin | Europe/Berlin | 3
            DE-BY | Bayern | Munich, Nuremberg | Europe/Berlin | 3
            DE-HH | Hamburg | Hamburg | Europe/Berlin | 1.5
            DE-NW | Nordrhein-Westfalen | Cologne, Düsseldorf, Dortmund | Europe/Berlin | 3
            DE-HE | Hessen | Frankfurt am Main | Europe/Berlin | 1.5
            DE-BW | Baden-Württemberg | Stuttgart, Karlsruhe | Europe/Berlin | 2
        """),
    ),
    Country(
        code="FR",
        name="France",
        freelancer_share=1.2,
        client_share=2.0,
        names=(("french", 1.0),),
        rate_factor=0.85,
        english=GOOD,
        phone_prefix="+33",
        phone_pattern="6########",
        category_boost=((TRANSLATION, 2.0), (DESIGN, 1.2)),
        regions=_regions("""
            FR-IDF | Île-de-France | Paris, Boulogne-Billancourt | Europe/Paris | 5
            FR-ARA | Auvergne-Rhône-Alpes | Lyon, Grenoble | Europe/Paris | 2
            FR-PAC | Provence-Alpes-Côte d'Azur | Marseille, Nice | Europe/Paris | 1.5
            FR-OCC | Occitanie | Toulouse, Montpellier | Europe/Paris | 1.5
            FR-NAQ | Nouvelle-Aquitaine | Bordeaux | Europe/Paris | 1
            FR-HDF | Hauts-de-France | Lille | Europe/Paris | 1
        """),
    ),
    Country(
        code="ES",
        name="Spain",
        freelancer_share=1.2,
        client_share=1.2,
        names=(("hispanic", 1.0),),
        rate_factor=0.72,
        english=GOOD,
        phone_prefix="+34",
        phone_pattern="6########",
        category_boost=((TRANSLATION, 2.0), (DESIGN, 1.2)),
        regions=_regions("""
            ES-MD | Madrid | Madrid | Europe/Madrid | 4
            ES-CT | Catalonia | Barcelona | Europe/Madrid | 3.5
            ES-AN | Andalusia | Seville, Málaga | Europe/Madrid | 2
            ES-VC | Valencian Community | Valencia, Alicante | Europe/Madrid | 1.5
            ES-PV | Basque Country | Bilbao | Europe/Madrid | 1
            ES-CN | Canary Islands | Las Palmas | Atlantic/Canary | 0.5
        """),
    ),
    Country(
        code="NL",
        name="Netherlands",
        freelancer_share=0.5,
        client_share=2.5,
        names=(("dutch", 1.0),),
        rate_factor=0.95,
        english=STRONG,
        phone_prefix="+31",
        phone_pattern="6########",
        regions=_regions("""
            NL-NH | Noord-Holland | Amsterdam, Haarlem | Europe/Amsterdam | 3
            NL-ZH | Zuid-Holland | Rotterdam, The Hague | Europe/Amsterdam | 2.5
            NL-UT | Utrecht | Utrecht | Europe/Amsterdam | 1
            NL-NB | Noord-Brabant | Eindhoven | Europe/Amsterdam | 1
        """),
    ),
    Country(
        code="AE",
        name="United Arab Emirates",
        freelancer_share=0.2,
        client_share=2.5,
        names=(("arabic", 0.5), ("indian", 0.3), ("anglo", 0.2)),
        rate_factor=0.8,
        english=STRONG,
        phone_prefix="+971",
        phone_pattern="5########",
        regions=_regions("""
            AE-DU | Dubai | Dubai | Asia/Dubai | 4
            AE-AZ | Abu Dhabi | Abu Dhabi | Asia/Dubai | 2
            AE-SH | Sharjah | Sharjah | Asia/Dubai | 1
        """),
    ),
    Country(
        code="IL",
        name="Israel",
        freelancer_share=0.3,
        client_share=2.0,
        names=(("israeli", 1.0),),
        rate_factor=0.9,
        english=STRONG,
        phone_prefix="+972",
        phone_pattern="5########",
        regions=_regions("""
            IL-TA | Tel Aviv | Tel Aviv | Asia/Jerusalem | 4
            IL-M | Central District | Rishon LeZion, Petah Tikva | Asia/Jerusalem | 2
            IL-JM | Jerusalem | Jerusalem | Asia/Jerusalem | 1.5
            IL-HA | Haifa | Haifa | Asia/Jerusalem | 1
        """),
    ),
    Country(
        code="SG",
        name="Singapore",
        freelancer_share=0.2,
        client_share=1.5,
        names=(("chinese", 0.8), ("indian", 0.2)),
        rate_factor=0.9,
        english=STRONG,
        phone_prefix="+65",
        phone_pattern="8#######",
        regions=_regions("""
            SG-01 | Central Singapore | Singapore | Asia/Singapore | 1
        """),
    ),
    Country(
        code="IE",
        name="Ireland",
        freelancer_share=0.3,
        client_share=1.5,
        names=(("irish", 0.7), ("anglo", 0.3)),
        rate_factor=0.95,
        english=NATIVE,
        phone_prefix="+353",
        phone_pattern="8########",
        category_boost=_ANGLO_WORK,
        regions=_regions("""
            IE-D | Dublin | Dublin | Europe/Dublin | 4
            IE-CO | Cork | Cork | Europe/Dublin | 1.5
            IE-G | Galway | Galway | Europe/Dublin | 1
        """),
    ),
    Country(
        code="SE",
        name="Sweden",
        freelancer_share=0.3,
        client_share=1.2,
        names=(("swedish", 1.0),),
        rate_factor=0.95,
        english=STRONG,
        phone_prefix="+46",
        phone_pattern="7########",
        regions=_regions("""
            SE-AB | Stockholms län | Stockholm | Europe/Stockholm | 3
            SE-O | Västra Götalands län | Gothenburg | Europe/Stockholm | 1.5
            SE-M | Skåne län | Malmö | Europe/Stockholm | 1
        """),
    ),
    Country(
        code="CH",
        name="Switzerland",
        freelancer_share=0.2,
        client_share=1.5,
        names=(("german", 0.7), ("french", 0.3)),
        rate_factor=1.1,
        english=STRONG,
        phone_prefix="+41",
        phone_pattern="7########",
        regions=_regions("""
            CH-ZH | Zürich | Zürich | Europe/Zurich | 3
            CH-GE | Genève | Geneva | Europe/Zurich | 1.5
            CH-BS | Basel-Stadt | Basel | Europe/Zurich | 1
            CH-BE | Bern | Bern | Europe/Zurich | 1
        """),
    ),
)

COUNTRY_BY_CODE: dict[str, Country] = {country.code: country for country in COUNTRIES}
REGION_BY_CODE: dict[str, Region] = {
    region.code: region for country in COUNTRIES for region in country.regions
}

# --------------------------------------------------------------------------------------
# Names


@dataclass(frozen=True)
class NamePool:
    male: tuple[str, ...]
    female: tuple[str, ...]
    last: tuple[str, ...]
    feminine_surnames: bool = False  # Polish -ski/-ska


def _names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(",") if name.strip())


NAME_POOLS: dict[str, NamePool] = {
    "anglo": NamePool(
        _names(
            "James, John, Michael, David, Chris, Daniel, Matthew, Ryan, Brian, Kevin, "
            "Jason, Andrew, Tyler, Ethan, Nathan, Oliver, Harry, George, Jack, Liam, Noah"
        ),
        _names(
            "Mary, Patricia, Jennifer, Linda, Sarah, Jessica, Ashley, Emily, Megan, "
            "Rachel, Laura, Olivia, Hannah, Charlotte, Sophie, Amelia, Grace, Chloe, Emma"
        ),
        _names(
            "Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, "
            "Taylor, Thomas, Moore, Martin, Jackson, Thompson, White, Harris, Clark, Lewis, "
            "Walker, Hall, Young, King, Wright, Scott, Green, Baker, Adams, Nelson, Carter, "
            "Mitchell, Roberts, Campbell, Parker, Evans, Edwards, Collins, Stewart, Murphy, "
            "Cook, Morgan, Cooper, Reed, Bailey, Bell, Kelly, Howard, Ward, Brooks, Bennett, "
            "Gray, Hughes, Price, Foster, Hayes, Fletcher, Whitfield"
        ),
    ),
    "irish": NamePool(
        _names("Seán, Conor, Cian, Darragh, Oisín, Patrick, Eoin, Ciarán"),
        _names("Aoife, Ciara, Niamh, Siobhán, Orla, Róisín, Saoirse, Clodagh"),
        _names(
            "Murphy, Kelly, O'Sullivan, Walsh, O'Brien, Byrne, Ryan, O'Connor, "
            "McCarthy, Doyle, Gallagher, Kennedy"
        ),
    ),
    "hispanic": NamePool(
        _names(
            "Juan, Carlos, Luis, Diego, Andrés, Javier, Alejandro, Miguel, Santiago, "
            "Fernando, Mateo, Sebastián, Pablo, Jorge, Ricardo"
        ),
        _names(
            "María, Sofía, Valentina, Camila, Daniela, Lucía, Isabella, Gabriela, Paula, "
            "Carolina, Mariana, Ana, Laura, Natalia, Elena"
        ),
        _names(
            "García, Rodríguez, Martínez, Hernández, López, González, Pérez, Sánchez, "
            "Ramírez, Torres, Flores, Rivera, Gómez, Díaz, Morales, Vargas, Castro, Ortiz, "
            "Ruiz, Jiménez, Romero, Suárez, Herrera, Medina, Fernández, Navarro"
        ),
    ),
    "filipino": NamePool(
        _names(
            "Jose, Mark, John Paul, Joshua, Christian, Carlo, Rommel, Jerome, Ramon, "
            "Paolo, Jayson, Arnel, Kenneth, Jericho, Renato, Miguel"
        ),
        _names(
            "Maria, Angelica, Kristine, Jasmine, Princess, Joanna, Mary Grace, Lovely, "
            "Rhea, Cherry, Kimberly, Maricel, Janelle, Bea, Katrina, Liezl"
        ),
        _names(
            "Santos, Reyes, Cruz, Bautista, Ocampo, Garcia, Mendoza, Torres, Tomas, "
            "Andrada, Castillo, Flores, Villanueva, Ramos, Castro, Rivera, Aquino, Navarro, "
            "Salazar, Mercado, Dela Cruz, De Leon, Gonzales, Lim, Tan, Dizon, Manalo, "
            "Cabrera, Magbanua, Abellana, Alcantara, Sarmiento, Pacaña, Lapitan"
        ),
    ),
    "indian": NamePool(
        _names(
            "Rahul, Amit, Vikram, Rohit, Arjun, Sanjay, Karthik, Suresh, Aditya, Nikhil, "
            "Rajesh, Manoj, Anil, Varun, Pranav, Harish"
        ),
        _names(
            "Priya, Sneha, Anjali, Pooja, Neha, Kavya, Divya, Lakshmi, Meera, Shreya, "
            "Ananya, Deepika, Swati, Ritu, Aishwarya, Nisha"
        ),
        _names(
            "Sharma, Verma, Patel, Gupta, Singh, Kumar, Reddy, Iyer, Nair, Rao, Joshi, "
            "Mehta, Desai, Chopra, Banerjee, Chatterjee, Mukherjee, Pillai, Menon, Agarwal, "
            "Kulkarni, Shah, Das, Bose, Malhotra, Srinivasan"
        ),
    ),
    "pakistani": NamePool(
        _names(
            "Muhammad, Ali, Hassan, Usman, Bilal, Hamza, Imran, Faisal, Asad, Zeeshan, "
            "Adeel, Waqas, Kashif, Saad"
        ),
        _names(
            "Ayesha, Fatima, Zainab, Sana, Hira, Maryam, Amna, Noor, Iqra, Mahnoor, "
            "Sadia, Rabia, Mehwish"
        ),
        _names(
            "Khan, Ahmed, Malik, Hussain, Qureshi, Butt, Chaudhry, Sheikh, Raza, Iqbal, "
            "Akhtar, Javed, Siddiqui, Mirza, Abbasi, Rana, Shah, Bhatti"
        ),
    ),
    "bangladeshi": NamePool(
        _names(
            "Md. Rakibul, Md. Shakil, Tanvir, Sabbir, Arif, Mahmud, Rakib, Habib, "
            "Imtiaz, Md. Rahim, Karim, Nayeem, Shuvo"
        ),
        _names(
            "Nusrat, Farhana, Sharmin, Tahmina, Sadia, Jannatul, Mim, Rumana, Tasnim, "
            "Sumaiya, Afroza"
        ),
        _names(
            "Hossain, Rahman, Islam, Uddin, Ahmed, Akter, Chowdhury, Haque, Miah, "
            "Sarker, Alam, Karim, Talukder, Sikder"
        ),
    ),
    "ukrainian": NamePool(
        _names(
            "Oleksandr, Andrii, Dmytro, Serhii, Mykola, Vitalii, Taras, Bohdan, Yurii, "
            "Maksym, Volodymyr, Ihor, Artem"
        ),
        _names(
            "Olena, Iryna, Kateryna, Natalia, Yulia, Oksana, Anastasiia, Sofiia, Mariia, "
            "Viktoriia, Tetiana, Khrystyna"
        ),
        _names(
            "Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boyko, "
            "Kovalchuk, Oliinyk, Lysenko, Marchenko, Savchenko, Rudenko, Petrenko, Moroz, "
            "Pavlenko, Honcharenko, Klymenko, Hrytsenko"
        ),
    ),
    "serbian": NamePool(
        _names("Marko, Nikola, Stefan, Luka, Aleksandar, Nemanja, Miloš, Dušan, Vuk, Filip"),
        _names("Jelena, Milica, Ana, Jovana, Marija, Ivana, Tijana, Katarina, Teodora"),
        _names(
            "Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, "
            "Stanković, Pavlović, Milošević, Popović, Todorović, Kostić"
        ),
    ),
    "polish": NamePool(
        _names("Piotr, Krzysztof, Tomasz, Paweł, Michał, Marcin, Jakub, Łukasz, Kamil, Bartosz"),
        _names(
            "Anna, Katarzyna, Magdalena, Agnieszka, Joanna, Aleksandra, Monika, Karolina, "
            "Natalia, Zofia"
        ),
        _names(
            "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, "
            "Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur"
        ),
        feminine_surnames=True,
    ),
    "nigerian": NamePool(
        _names(
            "Chinedu, Oluwaseun, Emeka, Tunde, Ibrahim, Segun, Yusuf, Obinna, Femi, "
            "Kelechi, Ayodeji"
        ),
        _names(
            "Ngozi, Aisha, Funmilayo, Chiamaka, Blessing, Adaeze, Temitope, Kemi, "
            "Amarachi, Zainab, Folake"
        ),
        _names(
            "Okafor, Adeyemi, Okonkwo, Balogun, Eze, Ogunleye, Bello, Nwosu, Adebayo, "
            "Ibrahim, Obi, Olawale, Musa, Chukwu, Afolabi, Nnamdi"
        ),
    ),
    "egyptian": NamePool(
        _names("Mohamed, Ahmed, Mahmoud, Omar, Karim, Youssef, Mostafa, Tarek, Amr, Hany"),
        _names("Nour, Mariam, Yasmin, Salma, Heba, Aya, Dina, Rana, Menna, Nada"),
        _names(
            "Hassan, Ibrahim, Mahmoud, Abdelrahman, El-Sayed, Fathy, Mostafa, Salah, "
            "Gamal, Farouk, Nasser, Khalil, Soliman, Adel, Shaker"
        ),
    ),
    "kenyan": NamePool(
        _names("Brian, Kevin, Dennis, Collins, Victor, Felix, Samuel, Edwin, Kelvin, Moses"),
        _names("Faith, Mercy, Grace, Esther, Purity, Winnie, Caroline, Nancy, Wanjiru, Akinyi"),
        _names(
            "Otieno, Wanjiku, Kamau, Mwangi, Ochieng, Kiprop, Njoroge, Achieng, Mutua, "
            "Kariuki, Odhiambo, Chebet, Wambui, Omondi, Kiplagat, Njeri"
        ),
    ),
    "brazilian": NamePool(
        _names("Lucas, Gabriel, Rafael, Mateus, Pedro, Thiago, Felipe, Bruno, Gustavo, Leonardo"),
        _names(
            "Ana, Juliana, Fernanda, Camila, Beatriz, Larissa, Mariana, Letícia, Isabela, Vitória"
        ),
        _names(
            "Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, "
            "Gomes, Costa, Ribeiro, Martins, Carvalho, Almeida, Barbosa"
        ),
    ),
    "vietnamese": NamePool(
        _names("Minh, Tuan, Hung, Duc, Nam, Quang, Hieu, Khanh, Long, Thanh"),
        _names("Linh, Trang, Huong, Thao, Lan, Mai, Ngoc, Phuong, Hoa, Anh"),
        _names("Nguyen, Tran, Le, Pham, Hoang, Huynh, Phan, Vu, Vo, Dang, Bui, Do, Ho, Ngo, Duong"),
    ),
    "indonesian": NamePool(
        _names("Budi, Agus, Rizky, Andi, Dimas, Fajar, Hendra, Yoga, Arief, Bayu"),
        _names("Siti, Dewi, Putri, Ayu, Rina, Indah, Lestari, Nur, Fitri, Wulan"),
        _names(
            "Santoso, Wijaya, Saputra, Pratama, Kurniawan, Hidayat, Setiawan, Nugroho, "
            "Susanto, Halim, Gunawan, Siregar, Lubis, Wibowo"
        ),
    ),
    "german": NamePool(
        _names("Lukas, Maximilian, Felix, Jonas, Tobias, Florian, Jan, Stefan, Leon, Paul"),
        _names("Anna, Laura, Julia, Lena, Sarah, Katharina, Lisa, Sabine, Miriam, Hannah"),
        _names(
            "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, "
            "Hoffmann, Koch, Richter, Klein, Wolf, Schröder, Neumann"
        ),
    ),
    "french": NamePool(
        _names("Lucas, Hugo, Louis, Thomas, Nicolas, Antoine, Pierre, Julien, Mathieu, Étienne"),
        _names("Camille, Léa, Manon, Chloé, Julie, Sarah, Marie, Claire, Élise, Amélie"),
        _names(
            "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, "
            "Moreau, Simon, Laurent, Lefebvre, Michel, Fontaine, Gagnon, Tremblay"
        ),
    ),
    "dutch": NamePool(
        _names("Daan, Sem, Lars, Thijs, Bram, Ruben, Jeroen, Joost"),
        _names("Emma, Julia, Sanne, Eva, Lotte, Fleur, Anouk, Femke"),
        _names(
            "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, "
            "Meijer, de Boer, Mulder, Bos"
        ),
    ),
    "arabic": NamePool(
        _names("Ahmed, Omar, Khalid, Rashid, Saeed, Hamdan, Majid, Sultan"),
        _names("Fatima, Mariam, Aisha, Noura, Hessa, Latifa, Shamma, Alia"),
        _names(
            "Al Hashimi, Al Suwaidi, Al Ketbi, Al Marri, Al Shamsi, Al Zaabi, Al Falasi, "
            "Haddad, Nasser, Al Mansoori"
        ),
    ),
    "israeli": NamePool(
        _names("Yosef, Daniel, Itai, Omer, Eitan, Noam, Ariel, Amit"),
        _names("Noa, Tamar, Maya, Shira, Yael, Michal, Adi, Talia"),
        _names(
            "Cohen, Levi, Mizrahi, Peretz, Biton, Friedman, Azoulay, Katz, Avraham, "
            "Goldberg, Shapiro"
        ),
    ),
    "chinese": NamePool(
        _names("Jun Jie, Zhi Hao, Kai Wen, Wei Jie, Jia Hao, Ming Hui"),
        _names("Wei Ling, Hui Min, Xin Yi, Jia Hui, Mei Ling, Shu Fen"),
        _names("Tan, Lim, Lee, Ng, Ong, Wong, Goh, Chua, Chan, Koh, Teo"),
    ),
    "swedish": NamePool(
        _names("Erik, Lars, Johan, Oskar, Nils, Anders, Gustav, Axel"),
        _names("Anna, Maria, Emma, Sara, Elin, Ebba, Astrid, Karin"),
        _names(
            "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, "
            "Persson, Svensson, Gustafsson"
        ),
    ),
}


def feminine_surname(surname: str) -> str:
    """The feminine form of a Polish surname (Kowalski → Kowalska); others unchanged."""
    for masculine, feminine in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(masculine):
            return surname[: -len(masculine)] + feminine
    return surname


def person_name(pool_name: str, rng: Random) -> tuple[str, str]:
    """A (first, last) name from the named pool, gender drawn evenly."""
    pool = NAME_POOLS[pool_name]
    female = rng.random() < 0.5
    firsts = pool.female if female else pool.male
    first = firsts[int(rng.random() * len(firsts))]
    last = pool.last[int(rng.random() * len(pool.last))]
    if female and pool.feminine_surnames:
        last = feminine_surname(last)
    return first, last


def ascii_slug(text: str, separator: str = ".") -> str:
    """Lower-case ASCII letters and digits only ("Dela Cruz" → "dela.cruz", "Łukasz" → "lukasz")."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = ["".join(char for char in word if char.isalnum()) for word in folded.split()]
    return separator.join(word for word in words if word)


def email_address(first: str, last: str, number: int) -> str:
    """A realistic-looking address on a reserved domain (RFC 2606), so no mail can escape."""
    domains = ("example.com", "example.net", "example.org")
    local = f"{ascii_slug(first)}.{ascii_slug(last)}"
    suffix = "" if number % 3 == 0 else str(number % 97)
    return f"{local}{suffix}@{domains[number % len(domains)]}"


def phone_number(country: Country, rng: Random) -> str:
    """An E.164 number in the country's mobile format (US/CA numbers use the fictional 555-01xx)."""
    digits = []
    for symbol in country.phone_pattern:
        if symbol == "#":
            digits.append(str(int(rng.random() * 10)))
        elif symbol == "N":
            digits.append(str(2 + int(rng.random() * 8)))
        else:
            digits.append(symbol)
    return country.phone_prefix + "".join(digits)


# --------------------------------------------------------------------------------------
# Work: categories, sub-categories, skills


@dataclass(frozen=True)
class Subcategory:
    category: str
    name: str
    skills: tuple[str, ...]
    jobs: tuple[tuple[str, str], ...]  # (job title, the piece of work people talk about)
    profile_titles: tuple[str, ...]
    rate_usd: int  # a typical US hourly rate
    hourly_share: float  # share of its contracts that are hourly
    budget_usd: int  # a typical fixed-price budget


def _jobs(table: str) -> tuple[tuple[str, str], ...]:
    """Jobs from lines of ``title :: deliverable``."""
    pairs = []
    for line in table.strip().splitlines():
        title, deliverable = (cell.strip() for cell in line.split("::"))
        pairs.append((title, deliverable))
    return tuple(pairs)


CATEGORY_SHARES: dict[str, float] = {
    DEV: 26,
    DESIGN: 16,
    WRITING: 9,
    ADMIN: 10,
    SERVICE: 4,
    MARKETING: 11,
    TRANSLATION: 4,
    ACCOUNTING: 5,
    DATA: 5,
    ENGINEERING: 4,
    IT: 4,
    LEGAL: 2,
}

SUBCATEGORIES: tuple[Subcategory, ...] = (
    Subcategory(
        category=DEV,
        name="Web Development",
        skills=_names(
            "React, Node.js, TypeScript, JavaScript, PHP, Laravel, WordPress, HTML5, CSS, "
            "Django, Python, REST API, Next.js, Vue.js"
        ),
        jobs=_jobs("""
            Full-stack developer for a booking dashboard :: the booking dashboard
            Fix bugs in our React web app :: the bug fixes
            Build a custom WordPress theme from Figma designs :: the WordPress theme
            Laravel developer to add a payments module :: the payments module
            Next.js marketing site with a headless CMS :: the marketing site
            Speed up our slow WordPress site :: the performance fixes
            REST API for our mobile app's backend :: the API endpoints
        """),
        profile_titles=(
            "Full-Stack Developer | React, Node.js & TypeScript",
            "Senior PHP / Laravel Developer",
            "WordPress Expert | Custom Themes & Plugins",
            "Python & Django Web Developer",
        ),
        rate_usd=55,
        hourly_share=0.55,
        budget_usd=1200,
    ),
    Subcategory(
        category=DEV,
        name="Mobile Development",
        skills=_names("Flutter, React Native, Swift, Kotlin, iOS, Android, Firebase, Dart"),
        jobs=_jobs("""
            Flutter app for a fitness studio :: the class-booking screens
            Fix a crash in our iOS app after the update :: the crash fix
            React Native developer for a delivery app MVP :: the delivery app MVP
            Publish our Android app to Google Play :: the Play Store release
            Add push notifications to our app :: the push notifications
        """),
        profile_titles=(
            "Flutter & React Native Mobile Developer",
            "iOS Engineer | Swift & SwiftUI",
        ),
        rate_usd=60,
        hourly_share=0.5,
        budget_usd=2500,
    ),
    Subcategory(
        category=DEV,
        name="Ecommerce Development",
        skills=_names("Shopify, WooCommerce, Liquid, Magento, BigCommerce, Shopify Apps"),
        jobs=_jobs("""
            Shopify store setup and theme customisation :: the store theme
            Migrate a WooCommerce store to Shopify :: the product import
            Add product bundles to our Shopify theme :: the bundle feature
        """),
        profile_titles=("Shopify Expert | Store Setup & Liquid", "WooCommerce Developer"),
        rate_usd=40,
        hourly_share=0.35,
        budget_usd=800,
    ),
    Subcategory(
        category=DEV,
        name="Scripting & Automation",
        skills=_names(
            "Python, Selenium, Web Scraping, Google Apps Script, Zapier, Bash, API Integration"
        ),
        jobs=_jobs("""
            Python script to scrape product prices daily :: the scraper
            Automate Google Sheets reporting with Apps Script :: the reporting script
            Zapier flows between our CRM and invoicing tool :: the Zapier workflows
        """),
        profile_titles=("Python Automation & Web Scraping Specialist", "Zapier & Make Expert"),
        rate_usd=40,
        hourly_share=0.4,
        budget_usd=400,
    ),
    Subcategory(
        category=DEV,
        name="QA & Testing",
        skills=_names(
            "Manual Testing, Selenium WebDriver, Cypress, Test Case Design, Jira, API Testing"
        ),
        jobs=_jobs("""
            QA tester for web app regression testing :: the regression run
            Write Cypress end-to-end tests :: the end-to-end tests
        """),
        profile_titles=("QA Engineer | Manual & Automated Testing",),
        rate_usd=30,
        hourly_share=0.7,
        budget_usd=500,
    ),
    Subcategory(
        category=DEV,
        name="Game Design & Development",
        skills=_names("Unity, C#, Unreal Engine, Game Design, 3D Animation"),
        jobs=_jobs("""
            Unity developer for a 2D puzzle game :: the level prototype
            Port our Unity game to WebGL :: the WebGL build
        """),
        profile_titles=("Unity Game Developer (C#)",),
        rate_usd=45,
        hourly_share=0.5,
        budget_usd=2000,
    ),
    Subcategory(
        category=DEV,
        name="AI Apps & Integration",
        skills=_names(
            "OpenAI API, LangChain, Python, Chatbot Development, Prompt Engineering, "
            "Vector Database"
        ),
        jobs=_jobs("""
            Build a customer-support chatbot with the OpenAI API :: the chatbot prototype
            RAG search over our help-centre articles :: the retrieval pipeline
        """),
        profile_titles=("AI Engineer | LLM Apps, RAG & Chatbots",),
        rate_usd=70,
        hourly_share=0.5,
        budget_usd=2500,
    ),
    Subcategory(
        category=DESIGN,
        name="Graphic Design",
        skills=_names(
            "Adobe Illustrator, Adobe Photoshop, Canva, Flyer Design, Social Media Graphics, "
            "Print Design"
        ),
        jobs=_jobs("""
            Design social media graphics for our bakery :: the social media pack
            Flyer and poster for a community event :: the flyer
            Pitch deck design, 15 slides :: the pitch deck
            Tri-fold brochure for a dental clinic :: the brochure
        """),
        profile_titles=("Graphic Designer | Social Media & Print", "Pitch Deck Designer"),
        rate_usd=30,
        hourly_share=0.25,
        budget_usd=250,
    ),
    Subcategory(
        category=DESIGN,
        name="Logo Design & Branding",
        skills=_names(
            "Logo Design, Brand Identity, Adobe Illustrator, Brand Guidelines, Typography"
        ),
        jobs=_jobs("""
            Logo and brand identity for a coffee roastery :: the logo concepts
            Refresh our logo and colour palette :: the brand guidelines
        """),
        profile_titles=("Brand Identity Designer | Logos That Last",),
        rate_usd=40,
        hourly_share=0.1,
        budget_usd=450,
    ),
    Subcategory(
        category=DESIGN,
        name="Video & Animation",
        skills=_names(
            "Video Editing, Adobe Premiere Pro, After Effects, Motion Graphics, YouTube, "
            "2D Animation"
        ),
        jobs=_jobs("""
            Edit weekly YouTube videos (10-15 min) :: this week's episode
            Explainer video animation, 60 seconds :: the explainer video
            Short-form video editor for Reels and TikTok :: the Reels
        """),
        profile_titles=("Video Editor & Motion Designer | YouTube, Reels",),
        rate_usd=35,
        hourly_share=0.4,
        budget_usd=600,
    ),
    Subcategory(
        category=DESIGN,
        name="Product Design",
        skills=_names(
            "Figma, UX Research, Wireframing, Prototyping, Mobile App Design, Web Design"
        ),
        jobs=_jobs("""
            Figma designs for a SaaS dashboard :: the dashboard mockups
            UX audit of our checkout :: the UX audit
            Redesign the onboarding of our mobile app :: the onboarding prototype
        """),
        profile_titles=("Product Designer | UX/UI in Figma", "UX/UI Designer for SaaS & Mobile"),
        rate_usd=55,
        hourly_share=0.5,
        budget_usd=1500,
    ),
    Subcategory(
        category=DESIGN,
        name="Art & Illustration",
        skills=_names(
            "Illustration, Digital Painting, Children's Book Illustration, Procreate, "
            "Character Design"
        ),
        jobs=_jobs("""
            Illustrations for a 24-page children's book :: the page illustrations
            Character designs for a card game :: the character sketches
        """),
        profile_titles=("Illustrator | Children's Books & Characters",),
        rate_usd=35,
        hourly_share=0.15,
        budget_usd=900,
    ),
    Subcategory(
        category=DESIGN,
        name="Audio & Music Production",
        skills=_names("Voice-Over, Audio Editing, Podcast Editing, Mixing & Mastering"),
        jobs=_jobs("""
            Edit and master 4 podcast episodes :: the podcast episodes
            Male voice-over for a 2-minute explainer :: the voice-over recording
        """),
        profile_titles=("Podcast Editor & Voice-Over Artist",),
        rate_usd=40,
        hourly_share=0.2,
        budget_usd=300,
    ),
    Subcategory(
        category=WRITING,
        name="Content Writing",
        skills=_names(
            "Blog Writing, SEO Writing, Article Writing, Content Strategy, WordPress, Ghostwriting"
        ),
        jobs=_jobs("""
            SEO blog posts for a B2B SaaS (4 per month) :: this month's blog posts
            Ghostwriter for LinkedIn posts :: the LinkedIn posts
            Long-form guides for a travel website :: the travel guide
        """),
        profile_titles=("SEO Content Writer | B2B SaaS & Tech", "Ghostwriter | Thought Leadership"),
        rate_usd=40,
        hourly_share=0.3,
        budget_usd=300,
    ),
    Subcategory(
        category=WRITING,
        name="Sales & Marketing Copywriting",
        skills=_names("Copywriting, Sales Copy, Email Copywriting, Landing Page Copy, Ad Copy"),
        jobs=_jobs("""
            Landing page copy for a skincare launch :: the landing page copy
            Welcome email sequence (5 emails) :: the email sequence
        """),
        profile_titles=("Conversion Copywriter | Email & Landing Pages",),
        rate_usd=50,
        hourly_share=0.2,
        budget_usd=500,
    ),
    Subcategory(
        category=WRITING,
        name="Editing & Proofreading Services",
        skills=_names(
            "Proofreading, Copy Editing, Academic Editing, Chicago Manual of Style, Grammar"
        ),
        jobs=_jobs("""
            Proofread a 60,000-word novel manuscript :: the edited manuscript
            Copy-edit our annual report :: the annual report edits
        """),
        profile_titles=("Editor & Proofreader | Fiction and Non-fiction",),
        rate_usd=35,
        hourly_share=0.25,
        budget_usd=600,
    ),
    Subcategory(
        category=WRITING,
        name="Resume & Cover Letter Writing",
        skills=_names(
            "Resume Writing, Cover Letter Writing, LinkedIn Profile Optimization, Career Coaching"
        ),
        jobs=_jobs("""
            Rewrite my resume and LinkedIn profile for product manager roles :: the resume draft
            Cover letter for a nursing position :: the cover letter
        """),
        profile_titles=("Certified Resume Writer | LinkedIn Profile Optimisation",),
        rate_usd=45,
        hourly_share=0.1,
        budget_usd=200,
    ),
    Subcategory(
        category=ADMIN,
        name="Virtual Assistance",
        skills=_names(
            "Virtual Assistance, Email Management, Calendar Management, Google Workspace, "
            "Data Entry, Travel Planning"
        ),
        jobs=_jobs("""
            Executive virtual assistant, 20 hours per week :: the weekly report
            VA for inbox and calendar management :: the inbox clean-up
            Personal assistant for a busy real-estate agent :: the showing schedule
            Plan a 10-day business trip to Japan :: the travel itinerary
        """),
        profile_titles=(
            "Executive Virtual Assistant | Inbox, Calendar & Research",
            "Reliable Virtual Assistant | Admin & Scheduling",
        ),
        rate_usd=12,
        hourly_share=0.9,
        budget_usd=200,
    ),
    Subcategory(
        category=ADMIN,
        name="Data Entry & Transcription Services",
        skills=_names(
            "Data Entry, Microsoft Excel, Transcription, Google Sheets, Typing, PDF Conversion"
        ),
        jobs=_jobs("""
            Enter 2,000 product records into our catalogue :: the product catalogue
            Transcribe 5 hours of interviews :: the transcripts
            Clean up and merge two customer spreadsheets :: the merged spreadsheet
        """),
        profile_titles=("Fast & Accurate Data Entry Specialist", "English Transcriptionist"),
        rate_usd=8,
        hourly_share=0.6,
        budget_usd=120,
    ),
    Subcategory(
        category=ADMIN,
        name="Project Management",
        skills=_names("Project Management, Asana, Trello, Jira, Agile, Scrum"),
        jobs=_jobs("""
            Project manager for a website relaunch :: the project plan
            Scrum master for a small dev team :: the sprint report
        """),
        profile_titles=("Certified Project Manager (PMP) | Agile & Scrum",),
        rate_usd=45,
        hourly_share=0.85,
        budget_usd=1500,
    ),
    Subcategory(
        category=ADMIN,
        name="Market Research & Product Reviews",
        skills=_names("Market Research, Lead Lists, Competitive Analysis, Online Research"),
        jobs=_jobs("""
            Research 300 competitors and build a comparison sheet :: the competitor sheet
            Survey of pricing in the pet-food market :: the research report
        """),
        profile_titles=("Market Research Analyst",),
        rate_usd=20,
        hourly_share=0.6,
        budget_usd=250,
    ),
    Subcategory(
        category=SERVICE,
        name="Customer Service & Tech Support",
        skills=_names(
            "Customer Support, Zendesk, Live Chat, Email Support, Intercom, Technical Support"
        ),
        jobs=_jobs("""
            Customer support agent for a Shopify store (night shift) :: the support queue
            Tier 1 tech support via live chat :: the weekly ticket summary
            Write help-centre articles for our app :: the help-centre articles
        """),
        profile_titles=("Customer Support Specialist | Zendesk & Live Chat",),
        rate_usd=10,
        hourly_share=0.95,
        budget_usd=300,
    ),
    Subcategory(
        category=SERVICE,
        name="Community Management & Tagging",
        skills=_names("Community Management, Discord, Content Moderation, Social Media Management"),
        jobs=_jobs("""
            Discord community moderator :: the moderation log
            Moderate comments on our Facebook page :: the community report
        """),
        profile_titles=("Community Manager | Discord & Facebook Groups",),
        rate_usd=14,
        hourly_share=0.85,
        budget_usd=250,
    ),
    Subcategory(
        category=MARKETING,
        name="Digital Marketing",
        skills=_names(
            "Search Engine Optimization, Google Ads, Facebook Ads, Email Marketing, "
            "Google Analytics, Social Media Marketing, Klaviyo"
        ),
        jobs=_jobs("""
            SEO audit and keyword strategy for an ecommerce site :: the SEO audit
            Manage our Google Ads campaigns :: the campaign report
            Klaviyo flows for a DTC brand :: the email flows
        """),
        profile_titles=(
            "SEO Specialist | Technical SEO & Content",
            "Paid Ads Manager | Google & Meta",
        ),
        rate_usd=35,
        hourly_share=0.5,
        budget_usd=500,
    ),
    Subcategory(
        category=MARKETING,
        name="Lead Generation & Telemarketing",
        skills=_names(
            "Lead Generation, B2B Lead Generation, LinkedIn Sales Navigator, Cold Calling, "
            "Appointment Setting, Apollo.io"
        ),
        jobs=_jobs("""
            Build a list of 500 B2B leads in the logistics sector :: the lead list
            Appointment setter for a roofing company :: the booked appointments
        """),
        profile_titles=("B2B Lead Generation Specialist | LinkedIn & Apollo",),
        rate_usd=15,
        hourly_share=0.6,
        budget_usd=250,
    ),
    Subcategory(
        category=MARKETING,
        name="Marketing, PR & Brand Strategy",
        skills=_names(
            "Marketing Strategy, Public Relations, Brand Strategy, Press Releases, "
            "Go-to-Market Strategy"
        ),
        jobs=_jobs("""
            Go-to-market plan for a B2B product launch :: the marketing plan
            Press release for our seed round :: the press release
        """),
        profile_titles=("Marketing Strategist | B2B Launches",),
        rate_usd=65,
        hourly_share=0.5,
        budget_usd=1500,
    ),
    Subcategory(
        category=TRANSLATION,
        name="Translation & Localization Services",
        skills=_names(
            "Translation, English to Spanish Translation, English to French Translation, "
            "English to German Translation, English to Portuguese Translation, Localization, "
            "Subtitling"
        ),
        jobs=_jobs("""
            Translate a product catalogue from English to Spanish :: the translated catalogue
            Localise our mobile app into German and French :: the localised strings
            Subtitles for 12 training videos :: the subtitles
        """),
        profile_titles=(
            "Native Spanish Translator | EN>ES Localisation",
            "Translator EN<>FR, EN<>DE",
        ),
        rate_usd=30,
        hourly_share=0.2,
        budget_usd=350,
    ),
    Subcategory(
        category=TRANSLATION,
        name="Language Tutoring & Interpretation",
        skills=_names("Language Tutoring, Interpretation, English Tutoring, Business English"),
        jobs=_jobs("""
            Business English tutor, 2 sessions a week :: the lesson plan
            Spanish interpreter for two supplier calls :: the call notes
        """),
        profile_titles=("Business English Tutor (CELTA)",),
        rate_usd=25,
        hourly_share=0.9,
        budget_usd=200,
    ),
    Subcategory(
        category=ACCOUNTING,
        name="Accounting & Bookkeeping",
        skills=_names(
            "Bookkeeping, QuickBooks Online, Xero, Accounts Payable, Bank Reconciliation, "
            "Financial Reporting"
        ),
        jobs=_jobs("""
            Monthly bookkeeping in QuickBooks Online :: the month-end close
            Clean up 12 months of Xero reconciliations :: the reconciliations
        """),
        profile_titles=("Bookkeeper | QuickBooks & Xero Certified",),
        rate_usd=35,
        hourly_share=0.7,
        budget_usd=600,
    ),
    Subcategory(
        category=ACCOUNTING,
        name="Financial Planning",
        skills=_names(
            "Financial Modeling, Financial Analysis, Microsoft Excel, Business Valuation, "
            "Forecasting"
        ),
        jobs=_jobs("""
            Three-statement financial model for a seed round :: the financial model
            Cash-flow forecast for the next 18 months :: the forecast
        """),
        profile_titles=("Financial Modelling Consultant (ex-investment banking)",),
        rate_usd=75,
        hourly_share=0.4,
        budget_usd=1500,
    ),
    Subcategory(
        category=ACCOUNTING,
        name="Management Consulting & Analysis",
        skills=_names(
            "Business Strategy, Business Plan Writing, Operations Management, Process Improvement"
        ),
        jobs=_jobs("""
            Business plan for a specialty coffee chain :: the business plan
            Operations review of our warehouse :: the process map
        """),
        profile_titles=("Management Consultant | Strategy & Operations",),
        rate_usd=80,
        hourly_share=0.5,
        budget_usd=2000,
    ),
    Subcategory(
        category=ACCOUNTING,
        name="Recruiting & Human Resources",
        skills=_names(
            "Recruiting, Technical Recruiting, HR Consulting, Sourcing, Employee Onboarding"
        ),
        jobs=_jobs("""
            Technical recruiter to source senior backend engineers :: the candidate shortlist
            Onboarding handbook for new hires :: the onboarding checklist
        """),
        profile_titles=("Technical Recruiter | Engineering Hiring",),
        rate_usd=40,
        hourly_share=0.7,
        budget_usd=800,
    ),
    Subcategory(
        category=DATA,
        name="Data Analysis & Testing",
        skills=_names(
            "Data Analysis, SQL, Python, Tableau, Power BI, Microsoft Excel, Data Visualization"
        ),
        jobs=_jobs("""
            Power BI dashboard for sales data :: the sales dashboard
            SQL analysis of customer churn :: the churn report
        """),
        profile_titles=("Data Analyst | SQL, Python & Power BI",),
        rate_usd=45,
        hourly_share=0.55,
        budget_usd=800,
    ),
    Subcategory(
        category=DATA,
        name="AI & Machine Learning",
        skills=_names(
            "Machine Learning, Python, TensorFlow, PyTorch, Computer Vision, "
            "Natural Language Processing, scikit-learn"
        ),
        jobs=_jobs("""
            Train an image classifier for defect detection :: the trained model
            Demand forecasting model for 40 stores :: the forecasting model
        """),
        profile_titles=("Machine Learning Engineer | Computer Vision & NLP",),
        rate_usd=75,
        hourly_share=0.55,
        budget_usd=3000,
    ),
    Subcategory(
        category=DATA,
        name="Data Extraction/ETL",
        skills=_names("ETL, Data Scraping, Data Extraction, Apache Airflow, BigQuery, dbt"),
        jobs=_jobs("""
            Set up an ETL pipeline from Shopify to BigQuery :: the pipeline
            dbt models for our marketing data :: the dbt models
        """),
        profile_titles=("Data Engineer | ETL, Airflow & BigQuery",),
        rate_usd=55,
        hourly_share=0.55,
        budget_usd=1200,
    ),
    Subcategory(
        category=ENGINEERING,
        name="3D Modeling & CAD",
        skills=_names(
            "AutoCAD, SolidWorks, 3D Modeling, Fusion 360, 3D Rendering, Technical Drawing"
        ),
        jobs=_jobs("""
            SolidWorks model of a plastic enclosure :: the CAD model
            Convert PDF floor plans to AutoCAD :: the AutoCAD drawings
        """),
        profile_titles=("Mechanical Design Engineer | SolidWorks & Fusion 360",),
        rate_usd=40,
        hourly_share=0.35,
        budget_usd=600,
    ),
    Subcategory(
        category=ENGINEERING,
        name="Building & Landscape Architecture",
        skills=_names(
            "Architectural Design, Revit, SketchUp, Interior Design, Floor Plans, 3D Rendering"
        ),
        jobs=_jobs("""
            Floor plan and 3D renders for a home extension :: the floor plans
            Landscape design for a small courtyard garden :: the 3D renders
        """),
        profile_titles=("Architect | Revit, SketchUp & Photoreal Renders",),
        rate_usd=45,
        hourly_share=0.3,
        budget_usd=1000,
    ),
    Subcategory(
        category=ENGINEERING,
        name="Electrical & Electronic Engineering",
        skills=_names(
            "PCB Design, Altium Designer, Embedded Systems, Arduino, Circuit Design, Firmware"
        ),
        jobs=_jobs("""
            PCB layout for a sensor board :: the PCB layout
            Firmware for an ESP32 data logger :: the firmware
        """),
        profile_titles=("Electronics Engineer | PCB Design & Embedded Firmware",),
        rate_usd=60,
        hourly_share=0.4,
        budget_usd=1500,
    ),
    Subcategory(
        category=IT,
        name="DevOps & Solution Architecture",
        skills=_names(
            "AWS, Docker, Kubernetes, Terraform, CI/CD, Linux System Administration, Azure"
        ),
        jobs=_jobs("""
            Set up CI/CD and Docker deployment on AWS :: the deployment pipeline
            Migrate our servers to Kubernetes :: the Kubernetes manifests
        """),
        profile_titles=("DevOps Engineer | AWS, Kubernetes & Terraform",),
        rate_usd=70,
        hourly_share=0.6,
        budget_usd=1500,
    ),
    Subcategory(
        category=IT,
        name="Network & System Administration",
        skills=_names(
            "Network Administration, Linux, Microsoft 365, Windows Server, Active Directory, "
            "Firewall Configuration"
        ),
        jobs=_jobs("""
            Microsoft 365 migration for a 20-person office :: the migration plan
            Set up backups and a firewall for our office :: the network diagram
        """),
        profile_titles=("Systems Administrator | Microsoft 365 & Networking",),
        rate_usd=45,
        hourly_share=0.65,
        budget_usd=800,
    ),
    Subcategory(
        category=IT,
        name="Information Security & Compliance",
        skills=_names(
            "Penetration Testing, Security Assessment, ISO 27001, SOC 2, Vulnerability "
            "Assessment, GDPR"
        ),
        jobs=_jobs("""
            Penetration test of our web application :: the pentest report
            SOC 2 readiness assessment :: the remediation plan
        """),
        profile_titles=("Security Consultant | Penetration Testing & SOC 2",),
        rate_usd=85,
        hourly_share=0.45,
        budget_usd=3000,
    ),
    Subcategory(
        category=LEGAL,
        name="Corporate & Contract Law",
        skills=_names(
            "Contract Drafting, Contract Law, Business Law, Legal Writing, Terms of Service"
        ),
        jobs=_jobs("""
            Draft SaaS terms of service and a privacy policy :: the terms of service draft
            Review a commercial lease :: the redlined lease
        """),
        profile_titles=("Business Attorney | Contracts & SaaS Agreements",),
        rate_usd=120,
        hourly_share=0.3,
        budget_usd=800,
    ),
    Subcategory(
        category=LEGAL,
        name="International & Immigration Law",
        skills=_names("Immigration Law, Visa Applications, International Law"),
        jobs=_jobs("""
            Advice on an O-1 visa petition :: the petition draft
            Review of an international distribution agreement :: the legal memo
        """),
        profile_titles=("Immigration Attorney",),
        rate_usd=130,
        hourly_share=0.4,
        budget_usd=1500,
    ),
    Subcategory(
        category=LEGAL,
        name="Intellectual Property Law",
        skills=_names("Trademark Registration, Patent Drafting, Intellectual Property Law"),
        jobs=_jobs("""
            File a US trademark application :: the trademark filing
            Prior-art search for a kitchen gadget patent :: the patent search
        """),
        profile_titles=("IP Attorney | Trademarks & Patents",),
        rate_usd=140,
        hourly_share=0.3,
        budget_usd=900,
    ),
)

SUBCATEGORY_BY_NAME: dict[str, Subcategory] = {sub.name: sub for sub in SUBCATEGORIES}


def hourly_rate_cents(subcategory: Subcategory, country: Country, factor: float) -> int:
    """An hourly rate in whole dollars: the sub-category's US rate, scaled by the country's
    rate level and the freelancer's own standing; never below the marketplace minimum $3."""
    dollars = max(3, round(subcategory.rate_usd * country.rate_factor * factor))
    return dollars * 100


# --------------------------------------------------------------------------------------
# External identifiers: deterministic, unique, and shaped like the marketplace's own.

_MASK64 = (1 << 64) - 1


def mix64(value: int) -> int:
    """A bijection on 64-bit integers (splitmix64's finaliser): distinct ids stay distinct."""
    z = (value + 0x9E3779B97F4A7C15) & _MASK64
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK64
    return z ^ (z >> 31)


def profile_key(prefix: str, row_id: int, salt: int) -> str:
    """A profile-style key like ``~01f3a9…``: accounts ``~01``, jobs ``~02``, agencies ``~03``."""
    return f"{prefix}{mix64(row_id ^ salt):016x}"


def contract_number(row_id: int) -> str:
    """A nine-digit contract (assignment) number, distinct for every id below 900 million."""
    # 7,368,787 is coprime with 900,000,000, so this is a permutation of the range.
    return str(100_000_000 + (row_id * 7_368_787) % 900_000_000)


# --------------------------------------------------------------------------------------
# Agencies

AGENCY_FIRST_WORDS = _names(
    "Northwind, Bright Path, Pixel Forge, Blue Harbor, Summit, Evergreen, Lighthouse, Redwood, "
    "Silverline, Quantum, Cobalt, Maple, Orbit, Granite, Nimbus, Copperleaf, Tidewater, Atlas, "
    "Beacon, Crestview, Ironbark, Lumen, Meridian, Nova, Peak, Riverstone, Sapphire, Vertex"
)
AGENCY_LAST_WORDS = _names(
    "Studio, Digital, Labs, Solutions, Collective, Creative, Partners, Works, Media, Tech, "
    "Consulting, Agency, Outsourcing, Software, Design Co."
)

# --------------------------------------------------------------------------------------
# Words people write. "{first}" is the other party's first name, "{deliverable}" the
# sub-category's piece of work.

FEEDBACK_EXCELLENT = (
    "{first} was fantastic to work with. Delivered {deliverable} ahead of schedule and the "
    "quality was excellent.",
    "Highly recommended! Great communication throughout and very easy to work with.",
    "Very professional, responsive and detail-oriented. Will definitely hire again.",
    "Exceeded expectations on {deliverable}. Thank you, {first}!",
    "Understood the brief immediately and asked all the right questions.",
    "Another great contract with {first}. Reliable as always.",
    "Top-notch work, delivered on time and on budget.",
    "{first} went above and beyond and suggested improvements we hadn't thought of.",
    "Excellent skills and a pleasure to work with. Five stars.",
    "Quick turnaround on {deliverable} and zero issues. Highly recommend.",
    "Clear updates every day and great attention to detail.",
    "Super fast and accurate. Exactly what we needed.",
)
FEEDBACK_GOOD = (
    "Good work overall. A couple of revisions were needed but {first} handled them quickly.",
    "Solid job on {deliverable}. Communication could have been a bit faster.",
    "Did what was asked. A few small delays, but the end result was good.",
    "Knowledgeable and friendly. Slightly over the estimated hours.",
    "Good quality work. Would hire again for similar tasks.",
    "Nice work on {deliverable}, some back and forth needed on the details.",
)
FEEDBACK_NEUTRAL = (
    "The work got done, but it took noticeably longer than we agreed.",
    "Okay result. Needed a lot of back and forth to get {deliverable} right.",
    "Average. Some parts were good, others needed to be redone.",
    "Communication was slow and we had to chase updates.",
)
FEEDBACK_POOR_QUALITY = (
    "{deliverable} had many errors and did not follow the specification.",
    "Poor quality. I had to hire someone else to redo most of the work.",
    "Did not have the skills listed on the profile. The code was full of bugs.",
    "Ignored the instructions several times. Not worth the money.",
    "The final files were unusable and the revisions did not fix the problems.",
    "Very low quality and copied content. Would not recommend.",
)
FEEDBACK_UNRESPONSIVE = (
    "Stopped responding halfway through the project.",
    "Missed every deadline and then disappeared.",
    "Took the first milestone and never delivered {deliverable}.",
    "Stopped replying to messages after the contract started. Had to find someone else.",
)
FEEDBACK_BLANK_SHARE = 0.12

FREELANCER_TO_CLIENT_GOOD = (
    "Great client! Clear requirements and fast payments.",
    "A pleasure to work with. {first} gave detailed feedback and was always available.",
    "Highly recommend this client. Respectful and well organised.",
    "Clear brief, quick approvals, and paid promptly. Hope to work together again.",
    "One of the best clients I have worked with on the platform.",
    "Friendly and professional. Thank you for the opportunity!",
)
FREELANCER_TO_CLIENT_BAD = (
    "Client kept changing the scope without adjusting the budget.",
    "Unclear requirements and very slow to respond.",
    "Asked for a lot of unpaid extra work.",
    "Difficult to communicate with; feedback came weeks late.",
)

PRIVATE_GOOD = (
    "",
    "",
    "",
    "Would hire again.",
    "Great value for the rate.",
    "Very reliable.",
    "Good communicator.",
)
PRIVATE_MIXED = ("", "Needed too many reminders.", "Quality was uneven.", "A bit slow.")
PRIVATE_BAD = (
    "Would not hire again.",
    "Quality far below the profile's claims.",
    "Unresponsive for long periods.",
    "Had to redo the work in-house.",
)

END_REASON_SUCCESS = "Job was completed successfully"
END_REASON_UNSUCCESSFUL = "Job was not completed successfully"
END_REASON_UNRESPONSIVE = "Freelancer was not responsive"
END_REASON_NO_LONGER_NEEDED = "No longer need the freelancer's services"
END_REASON_OTHER_FREELANCER = "Hired a different freelancer"
END_REASON_FREELANCER_REQUESTED = "Freelancer requested to end the contract"

# Pre-contract conversations: (sender, text); sender "client" or "freelancer".
PRE_CONTRACT_OPENERS = (
    "Hi {fl}, I came across your profile and I think you'd be a great fit for my project: "
    "{job}. Would you be interested?",
    "Hello {fl}, thanks for your proposal. Could you share a couple of examples of similar work?",
    "Hi {fl}! How would you approach {deliverable}? Our timeline is about {weeks} weeks.",
    'Hi {fl}, I\'d like to invite you to apply to my job "{job}". Let me know if you have any '
    "questions.",
    "Hello {fl}, your profile stood out. Do you have time for {deliverable} in the next "
    "{weeks} weeks?",
    "Hi {fl}, we're a small team looking for help with this. Is it something you've done before?",
    "Hi {fl}, thanks for applying! What would your availability be if we start next week?",
    "Good morning {fl}, I liked your portfolio. A few questions about your process before I "
    "decide.",
)
PRE_CONTRACT_REPLIES = (
    "Hi {cl}, thanks for reaching out! Yes, I'd love to help with {deliverable}. I've done "
    "similar work for several clients, there are examples in my portfolio.",
    "Thank you for the invitation. Before I quote, could you tell me more about the scope and "
    "the deadline?",
    "I can start this week. For the full scope I'd suggest ${amount}, split into "
    "{milestones} milestones.",
    "Hello {cl}, happy to help. I have availability for about {hours} hours a week.",
    "Hi {cl}, thanks! I'd start by reviewing what you have and sending you a short plan.",
    "Thanks for the message, {cl}. I can deliver a first draft within a week of starting.",
    "Yes, I'm available. I usually work in your mornings, which should overlap with your team.",
    "Happy to help! Could you share a few examples you like, so I understand the style?",
)
PRE_CONTRACT_FOLLOW_UPS = (
    (
        "client",
        "Sounds good. Are you free for a quick call on Upwork tomorrow at {hour}:00 my time?",
    ),
    ("freelancer", "Sure, I'll be online on Upwork Messages at that time."),
    ("client", "Great, I'll send the offer shortly."),
    ("client", "Thanks. Your rate works for us, sending the contract now."),
    ("freelancer", "Offer received, thank you! Looking forward to getting started."),
    ("freelancer", "Thanks for the details, that's clear. Ready whenever you send the offer."),
)
# Messages on a contract, in the order a contract goes: opening, middle, closing; trouble
# replaces the closing when the work goes badly.
CONTRACT_OPENING = (
    ("client", "Welcome aboard, {fl}! The brief and the reference files are in the shared folder."),
    (
        "freelancer",
        "Thanks for hiring me! I've started on {deliverable}, first draft by {weekday}.",
    ),
    (
        "client",
        "Hi {fl}, the contract has started. Let me know if anything in the brief is unclear.",
    ),
    (
        "freelancer",
        "Hi {cl}, I've read the brief. Who is the audience, and is there a fixed date "
        "I should plan around?",
    ),
)
CONTRACT_MIDDLE = (
    (
        "freelancer",
        "Quick update: {deliverable} is about {percent}% done. Could you review what "
        "I have so far?",
    ),
    ("client", "Looks good so far. A few small comments in the doc."),
    ("client", "Can you have the next part ready by {weekday}?"),
    ("client", "Could you zoom in on the header in the last screenshot? Something looks off."),
    ("freelancer", "Uploaded a new version with your comments addressed."),
    ("client", "Thanks, the team liked it. One more round of small changes and we're there."),
    ("freelancer", "I'll be offline on {weekday} for a family event, back the day after."),
)
CONTRACT_MIDDLE_HOURLY = (
    ("freelancer", "Logged {hours} hours this week, mostly on {deliverable}."),
    ("client", "Please keep it to around {hours} hours a week for now."),
)
CONTRACT_CLOSING = (
    (
        "freelancer",
        "Here is the final version of {deliverable}. Let me know if anything needs adjusting.",
    ),
    ("client", "Thanks {fl}, this looks great. I've released the payment."),
    ("freelancer", "Thank you {cl}! It was a pleasure working on this."),
    ("client", "All done on our side. I'll close the contract and leave feedback."),
)
CONTRACT_TROUBLE = (
    ("client", "This isn't what we agreed on. Please check the brief again."),
    ("client", "The last delivery has the same problems as before."),
    ("client", "Hi {fl}, I haven't heard from you in a few days. Any update?"),
    ("client", "We're past the deadline. Please let me know where things stand."),
)
# Background contact sharing, rare, so the message-policy scanner sees some in bulk too.
BACKGROUND_CONTACT_SHARING = (
    "Can you send me your number? Mine is {phone}.",
    "It's easier to reach me on WhatsApp: {phone}",
    "Send the files to {email} please.",
    "Let's talk on Skype, my ID is live:{handle}",
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")

HOLD_REASONS = (
    "Identity verification required",
    "Payment method review",
    "Unusual login activity",
    "Terms of Service review",
    "Chargeback on a client payment",
)
SUPPORT_AGENTS = ("Dana Whitfield", "Marco Ruiz", "Priya Raman", "Joel Santos", "Hannah Brooks")
GENERAL_NOTES = (
    "Called the client about a billing question; resolved on the call.",
    "Freelancer asked how to change the payout method; sent the help article.",
    "Client asked about contract pause options; explained the pause feature.",
    "Verified identity documents after a login from a new country.",
    "Explained the hourly protection requirements (time tracker and memos).",
)
