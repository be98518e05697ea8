"""Words the extractor knows: which capitalised words are names, places, people's titles or sources.

Plain sets and tables, no logic beyond looking words up. Country names come from CLDR (through
Babel); common English words from SCOWL (``assets/lexicon/english-words.txt.gz``), so that a
capitalised common word at the start of a sentence ("Increased spending ...") is not taken for a
name. Everything is loaded once per process, on first use.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache

from briefing.bundled import bundled


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English words (SCOWL size 50): "increased", "overall", "ford", "apple" ..."""
    with gzip.open(bundled("lexicon/english-words.txt.gz"), "rt", encoding="utf-8") as handle:
        return frozenset(handle.read().split())


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every country and territory CLDR names in English, by its name: ``"South Korea"``,
    ``"United Kingdom"``; with the short forms the press uses (``"US"``, ``"UK"``, ``"Britain"``)."""
    from babel import Locale

    names = {name: name for code, name in Locale("en").territories.items() if not code.isdigit()}
    names.update(PRESS_COUNTRY_NAMES)
    return names


@lru_cache(maxsize=1)
def country_set() -> frozenset[str]:
    """The names :func:`country_names` gives countries, as one set ("South Korea", "US", "UK")."""
    return frozenset(country_names().values())


#: Short forms of countries the press uses, by the name the briefing shows.
PRESS_COUNTRY_NAMES = {
    "US": "US", "U.S.": "US", "USA": "US", "America": "US", "United States": "US", "UK": "UK",
    "U.K.": "UK", "Britain": "UK", "Great Britain": "UK", "Holland": "Netherlands",
    "Korea": "South Korea", "Russia": "Russia", "China": "China", "Taiwan": "Taiwan",
    # headlines shorten "South" and "North" to an initial ("S Korea spending boost to economy")
    "S Korea": "South Korea", "N Korea": "North Korea", "S Africa": "South Africa",
    # CLDR's English names that the press writes otherwise ("Türkiye", "Czechia", "Hong Kong SAR
    # China", "Myanmar (Burma)", "Bosnia & Herzegovina"), or wrote so before a country was renamed
    "Turkey": "Turkey", "Czech Republic": "Czech Republic", "Hong Kong": "Hong Kong", "Macau": "Macau",
    "Macao": "Macau", "Myanmar": "Myanmar", "Burma": "Burma", "Macedonia": "Macedonia",
    "Ivory Coast": "Ivory Coast", "East Timor": "East Timor", "Swaziland": "Swaziland", "UAE": "UAE",
    "Bosnia": "Bosnia", "Bosnia-Herzegovina": "Bosnia", "Bosnia and Herzegovina": "Bosnia",
    "Trinidad and Tobago": "Trinidad and Tobago", "Antigua and Barbuda": "Antigua and Barbuda",
    "St Lucia": "St Lucia", "St Kitts and Nevis": "St Kitts and Nevis", "DR Congo": "DR Congo",
    "Democratic Republic of Congo": "DR Congo", "Democratic Republic of the Congo": "DR Congo",
    "Palestinian territories": "Palestinian territories", "Vatican": "Vatican",
    "Serbia and Montenegro": "Serbia and Montenegro", "Yugoslavia": "Yugoslavia",
}
#: The UK's nations, whose economies and housing markets the press reports on their own.
_UK_NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")
PRESS_COUNTRY_NAMES.update({nation: nation for nation in _UK_NATIONS})

#: Regions and blocs that own economic figures like countries do.
REGIONS = {
    "Europe", "Asia", "Africa", "Latin America", "North America", "South America", "Middle East",
    "eurozone", "Eurozone", "euro zone", "Euro zone", "euro area", "EU", "European Union", "Scandinavia",
    "Asia-Pacific", "Gulf", "Balkans", "Caribbean", "Eastern Europe", "Western Europe", "Central Europe",
}
#: The UK's statistical regions, whose house prices and jobless rates the press lists one by one.
_UK_REGIONS = {
    "North East", "North West", "South East", "South West", "East Midlands", "West Midlands",
    "Yorkshire and the Humber", "Yorkshire and Humberside", "East Anglia", "Midlands", "East of England",
    "Greater London",
}
REGIONS |= _UK_REGIONS
#: The UK's nations and regions: an article that names the UK and some of its parts is about the UK.
UK_PARTS = frozenset({*_UK_NATIONS, *_UK_REGIONS})

#: Cities, markets and exchanges name where something happened ("shares in London"), rarely whose it is.
#: Month names, which also start companies' names ("May Department Stores"), and weekday names.
MONTHS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December"})
WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
#: Any month or weekday, as one alternation for patterns of dates ("On Monday ", "in January 2004").
DAY_OR_MONTH = "(?:" + "|".join(sorted(MONTHS | WEEKDAYS)) + ")"

CITIES = {
    "London", "Paris", "New York", "Shanghai", "Tokyo", "Beijing", "Washington", "Moscow", "Houston",
    "Chicago", "Hong Kong", "Wall Street", "Brussels", "Frankfurt", "Jakarta", "Mumbai", "Delhi",
    "New Delhi", "Berlin", "Rome", "Madrid", "Milan", "Zurich", "Geneva", "Dublin", "Sydney",
    "Melbourne", "Toronto", "Seoul", "Singapore", "Dubai", "Los Angeles", "San Francisco", "Boston",
    "Detroit", "Seattle", "Amsterdam", "Stockholm", "Oslo", "Copenhagen", "Helsinki", "Vienna",
    "Lisbon", "Athens", "Istanbul", "Cairo", "Johannesburg", "Lagos", "Nairobi", "Buenos Aires",
    "Sao Paulo", "Rio de Janeiro", "Mexico City", "Bangalore", "Karachi", "Manila", "Bangkok",
    "Kuala Lumpur", "Taipei", "Osaka", "Edinburgh", "Glasgow", "Manchester", "Birmingham", "Cardiff",
    "Belfast", "Leeds", "Liverpool", "Bristol", "Silicon Valley", "Hollywood", "City", "Nasdaq",
    "Dow Jones", "FTSE", "Nikkei", "Dax", "Cac",
}

#: "Dutch", "Franco-German": a nationality word stands for its country's economy, never a company.
DEMONYMS = {
    "American": "US", "Americans": "US", "British": "UK", "Briton": "UK", "Britons": "UK", "English": "UK",
    "Scottish": "UK", "Welsh": "UK", "Irish": "Ireland", "French": "France", "German": "Germany",
    "Germans": "Germany", "Dutch": "Netherlands", "Belgian": "Belgium", "Swiss": "Switzerland",
    "Austrian": "Austria", "Italian": "Italy", "Italians": "Italy", "Spanish": "Spain", "Portuguese": "Portugal",
    "Greek": "Greece", "Swedish": "Sweden", "Norwegian": "Norway", "Danish": "Denmark", "Finnish": "Finland",
    "Icelandic": "Iceland", "Polish": "Poland", "Czech": "Czech Republic", "Slovak": "Slovakia",
    "Hungarian": "Hungary", "Romanian": "Romania", "Bulgarian": "Bulgaria", "Croatian": "Croatia",
    "Serbian": "Serbia", "Ukrainian": "Ukraine", "Russian": "Russia", "Russians": "Russia", "Turkish": "Turkey",
    "Chinese": "China", "Japanese": "Japan", "Korean": "South Korea", "South Korean": "South Korea",
    "S Korean": "South Korea", "North Korean": "North Korea", "Indian": "India", "Indians": "India",
    "Pakistani": "Pakistan",
    "Bangladeshi": "Bangladesh", "Sri Lankan": "Sri Lanka", "Indonesian": "Indonesia",
    "Indonesians": "Indonesia", "Malaysian": "Malaysia", "Thai": "Thailand", "Vietnamese": "Vietnam",
    "Filipino": "Philippines", "Singaporean": "Singapore", "Taiwanese": "Taiwan", "Australian": "Australia",
    "Australians": "Australia", "Canadian": "Canada", "Canadians": "Canada", "Mexican": "Mexico",
    "Brazilian": "Brazil", "Argentine": "Argentina", "Argentinian": "Argentina", "Chilean": "Chile",
    "Colombian": "Colombia", "Peruvian": "Peru", "Venezuelan": "Venezuela", "Cuban": "Cuba",
    "Egyptian": "Egypt", "Nigerian": "Nigeria", "Kenyan": "Kenya", "Ethiopian": "Ethiopia",
    "Ethiopians": "Ethiopia", "Ghanaian": "Ghana", "South African": "South Africa", "Moroccan": "Morocco",
    "Algerian": "Algeria", "Israeli": "Israel", "Iranian": "Iran", "Iraqi": "Iraq", "Saudi": "Saudi Arabia",
    "Emirati": "United Arab Emirates", "Kuwaiti": "Kuwait", "Qatari": "Qatar", "Lebanese": "Lebanon",
    "Syrian": "Syria", "Jordanian": "Jordan", "Afghan": "Afghanistan", "Kazakh": "Kazakhstan",
    "New Zealand": "New Zealand", "European": "Europe", "Europeans": "Europe", "Eastern European": "Eastern Europe",
    "Western European": "Western Europe", "Central European": "Central Europe", "Asian": "Asia",
    "African": "Africa", "Latin American": "Latin America", "North American": "North America",
    "South American": "South America", "Middle Eastern": "Middle East", "Scandinavian": "Scandinavia",
    "Arab": "Middle East", "Gulf": "Gulf", "Palestinian": "Palestinian Territories",
    "Balkan": "Balkans", "Caribbean": "Caribbean", "Macedonian": "Macedonia", "Albanian": "Albania",
    "Bosnian": "Bosnia", "Slovenian": "Slovenia", "Burmese": "Burma", "Ivorian": "Ivory Coast",
    "Belarusian": "Belarus", "Lithuanian": "Lithuania", "Latvian": "Latvia", "Estonian": "Estonia",
    "Georgian": "Georgia", "Armenian": "Armenia", "Azeri": "Azerbaijan", "Uzbek": "Uzbekistan",
    "Mongolian": "Mongolia", "Nepalese": "Nepal", "Cambodian": "Cambodia", "Zimbabwean": "Zimbabwe",
    "Zambian": "Zambia", "Ugandan": "Uganda", "Tanzanian": "Tanzania", "Tunisian": "Tunisia", "Libyan": "Libya",
    "Sudanese": "Sudan", "Bolivian": "Bolivia", "Ecuadorian": "Ecuador", "Uruguayan": "Uruguay",
    "Paraguayan": "Paraguay", "Jamaican": "Jamaica", "Cypriot": "Cyprus", "Maltese": "Malta",
    "Maldivian": "Maldives", "Scots": "Scotland",
}
# The people of a country stand for it as its nationality does: "Mexicans", "Israelis", "Palestinians".
DEMONYMS.update({f"{word}s": country for word, country in list(DEMONYMS.items())
                 if word.endswith(("an", "i")) and " " not in word and f"{word}s" not in DEMONYMS})

#: Capitalised words that start sentences or name times and never name an owner.
NOT_NAMES = {
    "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "It", "Its", "This", "That", "These",
    "Those", "He", "She", "They", "We", "I", "You", "Our", "Their", "His", "Her", "While", "When", "Whilst",
    "Since", "After", "Before", "Last", "Next", "Despite", "However", "Meanwhile", "Overall", "Also",
    "According", "Furthermore", "Moreover", "Although", "Though", "Separately", "If", "As", "So", "Yet",
    "With", "Without", "Under", "Among", "Many", "Some", "Most", "Much", "More", "Less", "Few", "Key",
    "Takeaways", "Analysis", "Did", "Know", "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "GMT", "BST", "EST", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "Mr", "Mrs",
    "Ms", "Dr", "Miss", "Sir", "Lord", "Lady", "Spring", "Summer", "Autumn", "Winter", "Year", "Chapter",
    "There", "Here", "What", "Which", "Who", "Why", "How", "Only", "Half", "Nearly", "Such", "Other",
    "Both", "Each", "Every", "All", "No", "Not", "Once", "Now", "Then", "Still", "Even", "Just", "By",
    "From", "To", "Of", "Into", "Over", "Up", "Down", "Out", "Off", "About", "Around", "Between",
    "Through", "During", "Until", "Within", "Against", "Above", "Below", "Like", "Unlike", "Instead",
    "Indeed", "Thus", "Hence", "Elsewhere", "Previously", "Currently", "Recently", "Later", "Earlier",
    "Finally", "First", "Second", "Third", "Initially", "Ultimately", "Shares", "Analysts", "Economists",
    "Investors", "Officials", "Experts", "Critics", "Prosecutors", "Sales", "Profits", "Profit",
    "Revenue", "Revenues", "Turnover", "Growth", "Output", "Prices", "Exports", "Imports", "Figures",
    "Data", "Reports", "Forecasts", "CEO", "GDP", "Neither", "Nor", "Either", "Whether", "Do", "Does",
    "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Will", "Would", "Could", "Should", "Can", "Must",
    "Let", "Please", "Yes", "Oh", "Well", "Hi", "Dear", "Total", "Net", "Gross", "Annual", "Full",
    "New", "Old", "Big", "Top", "Chief", "Senior", "Former", "Deputy", "Acting", "Interim",
    # "Five Bank of America subsidiaries": a count before a name is no part of it.
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
    "Twenty", "Fifty", "Hundred", "Hundreds", "Thousands", "Millions", "Dozens", "Several", "Various",
    # "as Christmas shoppers began their seasonal flocking": a holiday is a time, never an owner
    "Christmas", "Easter", "Thanksgiving", "Halloween", "Ramadan", "Diwali", "Hanukkah",
    # "the most money taken on New Year's Eve": the eve of a day, a time too
    "Eve",
}

#: Capitalised abbreviations of common nouns: things and activities, never an owner ("R&D spending").
COMMON_ACRONYMS = {
    "R&D", "M&A", "P&L", "IT", "PC", "TV", "HDTV", "DVD", "CD", "MP3", "SMS", "MMS", "GPS", "VAT", "IPO",
    "AGM", "ATM", "HR", "PR", "CFO", "COO", "CTO", "GNP", "GNI", "CPI", "RPI", "EPS", "VoIP", "Wi-Fi",
    "WiFi", "3G", "4G", "LCD", "PDA", "USB", "DSL", "ADSL", "ISP", "HIV", "Aids", "AIDS", "SARS", "DNA",
    "RFID", "P2P", "PIN", "ID",
}

#: Titles before a person's name, and roles around it: "chief executive Richard Parsons".
PERSON_TITLES = {"Mr", "Mrs", "Ms", "Dr", "Miss", "Sir", "Lord", "Lady", "Dame", "Prof", "Professor",
                 "President", "Premier", "Chancellor", "Minister", "Secretary", "Senator", "Governor",
                 "Judge", "Justice", "King", "Queen", "Prince", "Princess", "Pope", "Rev", "General"}
ROLE_WORDS = re.compile(
    r"\b(?:analyst|economist|executive|chairman|chairwoman|chair|minister|director|president|"
    r"spokes(?:man|woman|person)|boss|head|strategist|secretary|judge|commissioner|founder|"
    r"official|chief|manager|trader|broker|governor|chancellor|correspondent|lawyer|editor|"
    r"professor|researcher|consultant|adviser|advisor|partner|officer|vice-president|vp|ceo|cfo|coo|"
    r"banker|businessman|businesswoman|entrepreneur|tycoon|billionaire|magnate|expert|campaigner|activist|"
    r"scientist|author|designer)s?\b",
    re.I)

#: Bodies that state figures about others: statistics offices, survey firms, forecasters, the press.
SOURCE_WORDS = re.compile(
    r"\b(?:Statistics|Statistical|Statistic|Census|Institute|Institut|Bureau|Survey|Surveys|Poll|Research|"
    r"Researchers|Consultancy|Consultants|Analytics|Intelligence|Ratings|Rating|Report|Study|Index|"
    r"Monitor|Observatory|Forecasting|Economics|Insight|Insights)\b")
MEDIA = {"BBC", "BBC News", "Reuters", "Financial Times", "FT", "Wall Street Journal", "WSJ", "Bloomberg",
         "Sunday Telegraph",
         "Associated Press", "AP", "AFP", "Dow Jones Newswires", "World Business Report", "Guardian", "Times",
         "Observer", "Independent", "Daily Telegraph", "Telegraph", "Economist", "CNN", "Sky News", "Xinhua",
         "Kyodo", "Nikkei", "Le Monde", "Handelsblatt", "Forbes", "Fortune", "Newsweek", "Time",
         # rating agencies grade others and own no figure of their own in the news
         "Standard & Poor's", "Standard & Poor", "Standard and Poor's", "Moody's", "Fitch", "Fitch Ratings"}

#: Words ending an organisation's name ("Mittal Steel", "British Airways", "Bank of America").
ORG_WORDS = re.compile(
    r"\b(?:Inc|Ltd|Plc|plc|PLC|Corp|Corporation|Co|LLC|AG|SA|NV|GmbH|SpA|Group|Holdings|Holding|Motors|"
    r"Airways|Airlines|Air|Bank|Bancorp|Banks|Capital|Partners|Industries|Technologies|Technology|"
    r"Systems|Networks|Communications|Telecom|Energy|Oil|Petroleum|Steel|Pharmaceuticals|Foods|"
    r"Stores|Entertainment|Media|Studios|Software|Electronics|Electric|Insurance|Securities|Fund|"
    r"Funds|Trust|Authority|Agency|Commission|Council|Board|Ministry|Department|Office|Organisation|"
    r"Organization|Association|Federation|Union|Exchange|Reserve|Treasury|Court|Parliament|Congress|"
    r"Government|Club|League|University|College|Railways|Rail|Mail|Post|Enterprises|Resources|"
    r"Mining|Brewery|Breweries|Labs|Laboratories|Solutions|Services|Service)\b")

#: "the company", "the firm", "the carmaker": a definite description of the entity in focus.
COMPANY_NOUNS = (
    "company", "firm", "group", "business", "bank", "lender", "insurer", "airline", "carrier", "carmaker",
    "automaker", "maker", "manufacturer", "producer", "retailer", "chain", "supermarket", "grocer",
    "brewer", "operator", "giant", "conglomerate", "corporation", "concern", "outfit", "unit",
    "subsidiary", "division", "developer", "publisher", "broadcaster", "network", "utility", "miner",
    "refiner", "distributor", "supplier", "provider", "partnership", "venture", "organisation",
    "organization", "agency", "club", "studio", "plant", "facility", "fund", "exchange", "government",
    "administration", "ministry", "department", "economy", "country", "nation", "state",
)

#: Company nouns that name a state or its economy: "the French government", "the UK economy".
STATE_NOUNS = frozenset({"economy", "country", "nation", "state", "government", "administration", "ministry",
                         "department"})

#: A name before one of these describes a business ("US company", "Indian drugmaker"); before "economy"
#: or "government" it is the subject itself.
BUSINESS_NOUNS = tuple(n for n in COMPANY_NOUNS if n not in STATE_NOUNS)

#: Verbs that report what someone states: the speaker is the figure's source, not always its owner.
REPORTING_VERBS = (
    "said", "says", "say", "told", "tells", "reported", "reports", "report", "announced", "announces",
    "estimated", "estimates", "estimate", "forecast", "forecasts", "predicted", "predicts", "predict",
    "expects", "expected", "expect", "projected", "projects", "warned", "warns", "added", "adds",
    "noted", "notes", "believes", "believed", "thinks", "claimed", "claims", "found", "finds", "showed",
    "shows", "show", "revealed", "reveals", "stated", "states", "confirmed", "confirms", "calculated",
    "calculates", "reckons", "reckoned", "suggested", "suggests", "indicated", "indicates", "argued",
    "argues", "insisted", "insists", "admitted", "admits", "explained", "explains", "disclosed",
    "discloses", "published", "publishes", "put", "puts",
    # "UNECE is forecasting growth of 2.2%": the progressive is active, it reports.
    "forecasting", "predicting", "expecting", "estimating", "projecting", "reporting", "warning", "saying",
)
