/**
 * Language names (English, as Wikidata labels them) → ISO 639 codes: 639-1 where one exists, else
 * 639-3. A live Wikidata query asks for the code itself (P218/P220); this table serves answers that
 * carry only labels, like the April 2023 export. Regional and script variants ("American English",
 * "Simplified Chinese") fold to the language, because the outlet card says which languages an outlet
 * publishes in, not which spelling. Labels that are not a language ("multiple languages",
 * "Spanglish") or that we cannot place map to nothing rather than to a guess.
 */
const LANGUAGES: Record<string, string> = {
  english: 'en', 'american english': 'en', 'british english': 'en', 'indian english': 'en', 'australian english': 'en',
  'new zealand english': 'en', 'nigerian english': 'en', 'canadian english': 'en',
  french: 'fr', 'canadian french': 'fr', 'belgian french': 'fr', 'swiss french': 'fr',
  spanish: 'es', 'venezuelan spanish': 'es', 'mexican spanish': 'es', 'latin american spanish': 'es', 'castilian spanish': 'es',
  portuguese: 'pt', 'brazilian portuguese': 'pt', 'european portuguese': 'pt',
  german: 'de', 'swiss high german': 'de', 'austrian german': 'de', 'standard german': 'de',
  chinese: 'zh', 'simplified chinese': 'zh', 'traditional chinese': 'zh', 'standard mandarin': 'zh', mandarin: 'zh',
  'standard taiwanese mandarin': 'zh', cantonese: 'yue',
  arabic: 'ar', 'modern standard arabic': 'ar', 'egyptian arabic': 'arz',
  russian: 'ru', ukrainian: 'uk', belarusian: 'be', polish: 'pl', czech: 'cs', slovak: 'sk', slovene: 'sl', slovenian: 'sl',
  croatian: 'hr', serbian: 'sr', bosnian: 'bs', montenegrin: 'cnr', 'serbo-croatian': 'sh', macedonian: 'mk', bulgarian: 'bg',
  romanian: 'ro', moldovan: 'ro', hungarian: 'hu', albanian: 'sq', greek: 'el', 'modern greek': 'el',
  italian: 'it', dutch: 'nl', flemish: 'nl', 'west frisian': 'fy', luxembourgish: 'lb', afrikaans: 'af',
  swedish: 'sv', danish: 'da', norwegian: 'no', 'bokmål': 'nb', 'norwegian bokmål': 'nb', nynorsk: 'nn', 'norwegian nynorsk': 'nn',
  icelandic: 'is', faroese: 'fo', finnish: 'fi', estonian: 'et', 'võro': 'vro', latvian: 'lv', lithuanian: 'lt',
  'inari sami': 'smn', 'northern sami': 'se',
  irish: 'ga', welsh: 'cy', 'scottish gaelic': 'gd', breton: 'br', basque: 'eu', catalan: 'ca', valencian: 'ca', galician: 'gl',
  occitan: 'oc', corsican: 'co', maltese: 'mt', esperanto: 'eo', latin: 'la', yiddish: 'yi', 'upper sorbian': 'hsb',
  'pennsylvania german': 'pdc', rusyn: 'rue',
  turkish: 'tr', azerbaijani: 'az', kazakh: 'kk', kyrgyz: 'ky', uzbek: 'uz', turkmen: 'tk', tatar: 'tt', 'crimean tatar': 'crh',
  bashkir: 'ba', chuvash: 'cv', yakut: 'sah', tuvan: 'tyv', khakas: 'kjh', altai: 'alt', karakalpak: 'kaa', gagauz: 'gag',
  kumyk: 'kum', nogai: 'nog', 'karachay-balkar': 'krc', uyghur: 'ug',
  armenian: 'hy', 'western armenian': 'hyw', georgian: 'ka', chechen: 'ce', ingush: 'inh', avar: 'av', lezgian: 'lez',
  dargwa: 'dar', dargin: 'dar', lak: 'lbe', tabasaran: 'tab', aghul: 'agx', rutul: 'rut', tsakhur: 'tkr', kabardian: 'kbd',
  adyghe: 'ady', abaza: 'abq', ossetian: 'os',
  mari: 'chm', udmurt: 'udm', komi: 'kv', permyak: 'koi', 'komi-permyak': 'koi', moksha: 'mdf', erzya: 'myv', karelian: 'krl',
  'livvi-karelian': 'olo', veps: 'vep', mansi: 'mns', khanty: 'kca', nenets: 'yrk', enets: 'enf', nganasan: 'nio', dolgan: 'dlg',
  evenki: 'evn', even: 'eve', chukchi: 'ckt', koryak: 'kpy', buryat: 'bua', mongolian: 'mn',
  persian: 'fa', 'new persian': 'fa', farsi: 'fa', dari: 'prs', pashto: 'ps', kurdish: 'ku', tajik: 'tg', brahui: 'brh', balochi: 'bal',
  hebrew: 'he', 'israeli (modern) hebrew': 'he', 'modern hebrew': 'he', amharic: 'am', tigrinya: 'ti', somali: 'so',
  hindi: 'hi', urdu: 'ur', bengali: 'bn', punjabi: 'pa', gujarati: 'gu', marathi: 'mr', tamil: 'ta', telugu: 'te', kannada: 'kn',
  malayalam: 'ml', odia: 'or', oriya: 'or', assamese: 'as', kashmiri: 'ks', sindhi: 'sd', nepali: 'ne', sinhala: 'si', sanskrit: 'sa',
  konkani: 'kok', maithili: 'mai', dogri: 'doi', meitei: 'mni', manipuri: 'mni', 'bishnupriya manipuri': 'bpy', mizo: 'lus',
  maldivian: 'dv', dhivehi: 'dv', dzongkha: 'dz', tibetan: 'bo',
  japanese: 'ja', korean: 'ko', 'north korean standard language': 'ko', vietnamese: 'vi', thai: 'th', lao: 'lo', khmer: 'km',
  burmese: 'my', indonesian: 'id', malay: 'ms', 'malaysian malay': 'ms', javanese: 'jv', sundanese: 'su', filipino: 'fil',
  tagalog: 'tl', cebuano: 'ceb', tetum: 'tet', 'tok pisin': 'tpi',
  swahili: 'sw', hausa: 'ha', yoruba: 'yo', igbo: 'ig', zulu: 'zu', xhosa: 'xh', shona: 'sn', kinyarwanda: 'rw', malagasy: 'mg',
  'haitian creole': 'ht', 'cape verdean creole': 'kea', ojibwe: 'oj', quechua: 'qu', guarani: 'gn', 'māori': 'mi', maori: 'mi',
};

/** ISO 639 code for a language label; null when the label is not one language we can place. */
export function languageCode(label: string | null | undefined): string | null {
  if (!label) return null;
  return LANGUAGES[label.trim().toLowerCase()] ?? null;
}
