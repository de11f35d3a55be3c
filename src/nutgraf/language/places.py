"""Places by name: the states, provinces and countries a dateline or a place line writes after its place
("Austin, Texas — ", "Kyiv, Ukraine — ", "Nuku'alofa, Tonga" over a story's stamp), which tell the place's
line from a list's names ("Apple, Google — ") and from a writer's names ("Smith, John"). Each name is
casefolded, its words parted by spaces.
"""

from __future__ import annotations

#: The states and provinces of the United States and Canada written out after a place, casefolded ("Austin,
#: Texas — "): a dateline's place closes on one, where a name of any other word after a comma is a list's
#: ("Apple, Google — Both companies ..."), and a place line over a story's stamp does ("Austin, Texas"),
#: where a writer's names part no surname from the first name by a comma.
STATES_AND_PROVINCES = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
    illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
    mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
    vermont virginia washington wisconsin wyoming alberta manitoba ontario quebec saskatchewan""".split()
) | frozenset(
    {
        "new hampshire",
        "new jersey",
        "new mexico",
        "new york",
        "north carolina",
        "north dakota",
        "rhode island",
        "south carolina",
        "south dakota",
        "west virginia",
        "british columbia",
        "new brunswick",
        "nova scotia",
    }
)
#: The countries (and the United Kingdom's nations) written after a place dated from abroad, casefolded
#: ("Kyiv, Ukraine — ", "Cape Town, South Africa — ", Matangi Tonga's "Nuku'alofa, Tonga" over its stamp).
COUNTRY_NAMES = frozenset(
    """afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
    bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei
    bulgaria burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus
    czechia denmark djibouti dominica ecuador egypt england eritrea estonia eswatini ethiopia fiji finland
    france gabon gambia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland
    india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo
    kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
    madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco
    mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria
    norway oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania
    russia rwanda samoa scotland senegal serbia seychelles singapore slovakia slovenia somalia spain sudan
    suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey
    turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam wales yemen zambia
    zimbabwe""".split()
) | frozenset(
    {
        "burkina faso",
        "cape verde",
        "costa rica",
        "czech republic",
        "dominican republic",
        "east timor",
        "el salvador",
        "equatorial guinea",
        "hong kong",
        "ivory coast",
        "new zealand",
        "north korea",
        "north macedonia",
        "northern ireland",
        "puerto rico",
        "san marino",
        "saudi arabia",
        "sierra leone",
        "solomon islands",
        "south africa",
        "south korea",
        "south sudan",
        "sri lanka",
        "united kingdom",
        "united states",
        "vatican city",
    }
)
