"""The world's other countries and the adjectives the press calls them by, beyond those
vocabulary.py lists: a minister's government ("Rwandan Foreign Minister", "his Armenian
counterpart") and words that are no part of a person's name. Countries whose names are also
given names ("Chad", "Georgia") are left out: "Chad Smith" is a person."""

from __future__ import annotations

# country: its adjectives, comma-separated
_TABLE = """
Albania: Albanian
Algeria: Algerian
Angola: Angolan
Argentina: Argentine, Argentinian
Armenia: Armenian
Austria: Austrian
Azerbaijan: Azerbaijani, Azeri
Bangladesh: Bangladeshi
Belarus: Belarusian
Bhutan: Bhutanese
Bolivia: Bolivian
Bosnia and Herzegovina: Bosnian
Botswana: Botswanan
Brunei: Bruneian
Bulgaria: Bulgarian
Burkina Faso: Burkinabe
Burundi: Burundian
Cambodia: Cambodian
Cameroon: Cameroonian
Chile: Chilean
Colombia: Colombian
Costa Rica: Costa Rican
Croatia: Croatian
Cuba: Cuban
Cyprus: Cypriot
Czech Republic: Czech
Democratic Republic of the Congo: Congolese
Djibouti: Djiboutian
Ecuador: Ecuadorian
El Salvador: Salvadoran
Eritrea: Eritrean
Estonia: Estonian
Ethiopia: Ethiopian
Finland: Finnish
Gabon: Gabonese
Ghana: Ghanaian
Guatemala: Guatemalan
Guinea-Bissau: Bissau-Guinean
Haiti: Haitian
Honduras: Honduran
Hungary: Hungarian
Iceland: Icelandic
Ivory Coast: Ivorian
Kazakhstan: Kazakh
Kenya: Kenyan
Kiribati: I-Kiribati
Kosovo: Kosovan, Kosovar
Kyrgyzstan: Kyrgyz
Laos: Lao, Laotian
Latvia: Latvian
Liberia: Liberian
Lithuania: Lithuanian
Luxembourg: Luxembourgish
Madagascar: Malagasy
Malawi: Malawian
Maldives: Maldivian
Mali: Malian
Malta: Maltese
Mauritania: Mauritanian
Mauritius: Mauritian
Moldova: Moldovan
Mongolia: Mongolian
Montenegro: Montenegrin
Morocco: Moroccan
Mozambique: Mozambican
Myanmar: Burmese
Namibia: Namibian
Nauru: Nauruan
Nepal: Nepali, Nepalese
Nicaragua: Nicaraguan
Niger: Nigerien
Nigeria: Nigerian
North Korea: North Korean
North Macedonia: Macedonian
Palau: Palauan
Palestine: Palestinian
Panama: Panamanian
Papua New Guinea: PNG
Paraguay: Paraguayan
Peru: Peruvian
Portugal: Portuguese
Romania: Romanian
Rwanda: Rwandan
Senegal: Senegalese
Serbia: Serbian
Sierra Leone: Sierra Leonean
Slovakia: Slovak, Slovakian
Slovenia: Slovenian, Slovene
Solomon Islands: Solomon Islander
Somalia: Somali
South Africa: South African
South Sudan: South Sudanese
Sri Lanka: Sri Lankan
Sudan: Sudanese
Switzerland: Swiss
Taiwan: Taiwanese
Tajikistan: Tajik
Tanzania: Tanzanian
Thailand: Thai
Timor-Leste: East Timor, Timorese
Tunisia: Tunisian
Turkmenistan: Turkmen
Tuvalu: Tuvaluan
Uganda: Ugandan
Uruguay: Uruguayan
Uzbekistan: Uzbek
Vanuatu: Ni-Vanuatu
Venezuela: Venezuelan
Vietnam: Vietnamese
Zambia: Zambian
Zimbabwe: Zimbabwean
"""


def _countries() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _TABLE.strip().splitlines():
        country, _, adjectives = line.partition(": ")
        out[country] = country
        for adjective in adjectives.split(", "):
            out[adjective] = country
    return out


MORE_COUNTRIES = _countries()
