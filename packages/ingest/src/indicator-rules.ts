import type { TextLanguage } from '@bd/core';

/**
 * Words that point a figure to an indicator. Every part given must match; the matching rule with the highest
 * `weight` wins, and between equal weights the one whose `precedes` words stand nearest the figure.
 */
export interface IndicatorRule {
  indicator: string;
  /** Tested against the words right after the figure (and its currency), from their start. */
  follows?: RegExp;
  /** Each must match within the fifteen words before the figure in its sentence. */
  precedes?: RegExp[];
  /** Must match somewhere in the sentence. */
  sentence?: RegExp;
  /** Must not match within the fifteen words before the figure: "attracted USD 1 billion in registered capital" is a flow. */
  unless?: RegExp;
  weight: number;
}

const w = (n: number) => `(?:[\\p{L}\\d-]+\\s+){0,${n}}?`;
const r = (source: string) => new RegExp(source, 'iu');
const follows = (source: string) => r(`^${source}`);

/** Japan, but not as one of a list of countries ("Japan, Singapore, Korea"). */
const JAPAN = /(?:\bJapan(?:ese|se)?\b|Nhật Bản)(?!,\s*\p{Lu}|\s+(?:and|en|và)\s+\p{Lu})/u;
const EN_CUMULATIVE = r('\\b(?:to date|so far|up to now|until now|has had|has established|currently|at present)\\b');
const NL_CUMULATIVE = r('(?:tot nu toe|tot op heden|momenteel|inmiddels|op dit moment)');
const VI_CUMULATIVE = r('(?:đến nay|hiện nay|hiện tại|tính đến|cho đến nay)');

/** How each language names a province's foreign partners: the partner-locality rules (a total, new ones) share it. */
const EN_LOCALITIES = 'foreign (?:localities|provinces|cities|regions|states|partners)';
const NL_LOCALITIES = "buitenlandse (?:gemeenten|provincies|steden|lokaliteiten|regio'?s|partners)";
const VI_LOCALITIES = 'địa phương (?:nước ngoài|của các nước|quốc tế)';

const EN: IndicatorRule[] = [
  {
    indicator: 'partner_localities',
    follows: follows(`${w(1)}${EN_LOCALITIES}`),
    weight: 2,
  },
  { indicator: 'partner_localities', follows: follows(`${w(2)}(?:sister cities|partner localities)`), weight: 2 },
  {
    indicator: 'partner_localities',
    follows: follows(`${w(1)}${EN_LOCALITIES}`),
    precedes: [EN_CUMULATIVE],
    weight: 4,
  },
  {
    indicator: 'partner_localities_new',
    follows: follows(`${w(1)}(?:new )?${EN_LOCALITIES}`),
    precedes: [r('\\b(?:signed|memorand\\w*|MOUs?|new)\\b')],
    weight: 3,
  },
  { indicator: 'international_org_memberships', follows: follows(`${w(3)}international organi[sz]ations`), weight: 2 },
  {
    indicator: 'international_org_memberships',
    follows: follows(`${w(3)}international organi[sz]ations`),
    precedes: [r('\\b(?:member|partner)')],
    weight: 3,
  },
  {
    indicator: 'international_conferences_hosted',
    follows: follows(`${w(4)}international (?:conferences|events|forums|summits)`),
    weight: 2,
  },
  {
    indicator: 'international_conferences_hosted',
    follows: follows(`${w(4)}(?:conferences|events|forums|summits)`),
    precedes: [r('\\b(?:host\\w*|organi[sz]\\w*|held)\\b')],
    weight: 3,
  },
  { indicator: 'fdi_projects_cumulative', follows: follows('(?:foreign |FDI )?(?:direct )?(?:investment )?projects'), weight: 1 },
  {
    indicator: 'fdi_projects_cumulative',
    follows: follows('(?:foreign |FDI )(?:direct )?(?:investment )?projects'),
    weight: 2,
  },
  { indicator: 'fdi_new_projects', follows: follows(`(?:new|newly licensed|newly registered) ${w(2)}projects`), weight: 3 },
  {
    indicator: 'fdi_capital_increase_projects',
    follows: follows(`${w(1)}projects? (?:adding|increasing|that added|that increased|with added|with increased) capital`),
    weight: 3,
  },
  { indicator: 'fdi_capital_increase_projects', follows: follows('capital[- ]increas(?:e|ing) projects'), weight: 3 },
  { indicator: 'fdi_projects_japan', follows: follows(`${w(1)}projects`), precedes: [JAPAN], weight: 3 },
  {
    indicator: 'fdi_registered_capital_cumulative',
    precedes: [
      r(
        '(?:registered (?:investment |FDI )?capital|total (?:investment )?capital|(?:cumulative|accumulated) (?:investment )?capital)',
      ),
    ],
    weight: 2,
  },
  {
    indicator: 'fdi_registered_capital_cumulative',
    follows: follows(
      '(?:in|of) (?:total |cumulative |accumulated )?(?:registered (?:investment |FDI )?capital|(?:FDI |investment )?capital registered)',
    ),
    unless: r('\\battract'),
    weight: 3,
  },
  {
    indicator: 'fdi_capital_japan',
    precedes: [r('(?:total investment|capital|investment of)'), JAPAN],
    weight: 3,
  },
  { indicator: 'fdi_source_countries', follows: follows(`${w(1)}countries and territories`), weight: 2 },
  { indicator: 'fdi_source_countries', follows: follows(`${w(1)}countries`), precedes: [r('\\bfrom\\b')], weight: 1 },
  { indicator: 'fdi_attracted', precedes: [r('\\battract(?:ed|s|ing)?\\b')], weight: 2 },
  {
    indicator: 'fdi_national_rank',
    precedes: [r('\\b(?:rank(?:ed|s|ing)?|stands?|placed?)\\s*$')],
    follows: follows('(?:in the country|nationwide|in vietnam|among)'),
    sentence: r('(?:attract|invest|FDI)'),
    weight: 3,
  },
  {
    indicator: 'grdp_growth',
    precedes: [r('(?:\\bGRDP\\b|\\bGDP\\b|gross (?:regional )?domestic product)'), r('\\b(?:gr[eo]w|growth|increased?|rose)\\b')],
    weight: 3,
  },
  { indicator: 'grdp_per_capita', precedes: [r('(?:per capita|per head|per inhabitant)')], weight: 3 },
  {
    indicator: 'trade_turnover',
    precedes: [r('(?:import[- ](?:and[- ])?export|export[- ](?:and[- ])?import|trade turnover)')],
    weight: 2,
  },
  { indicator: 'trade_surplus', precedes: [r('trade surplus')], weight: 3 },
  // The country's count of provincial-level units, the peers of a national rank.
  {
    indicator: 'provincial_units',
    follows: follows('(?:provinces and (?:centrally[- ](?:governed|run) )?cities|provincial-level (?:administrative )?units)'),
    weight: 1,
  },
];

const NL: IndicatorRule[] = [
  {
    indicator: 'partner_localities',
    follows: follows(`${w(1)}${NL_LOCALITIES}`),
    weight: 2,
  },
  {
    indicator: 'partner_localities',
    follows: follows(`${w(1)}${NL_LOCALITIES}`),
    precedes: [NL_CUMULATIVE],
    weight: 4,
  },
  {
    indicator: 'partner_localities_new',
    follows: follows(`${w(1)}(?:nieuwe )?${NL_LOCALITIES}`),
    precedes: [r('(?:ondertek\\w*|memorand\\w*|MoU|nieuwe?\\b)')],
    weight: 3,
  },
  { indicator: 'international_org_memberships', follows: follows(`${w(3)}internationale organisaties`), weight: 2 },
  {
    indicator: 'international_org_memberships',
    follows: follows(`${w(3)}internationale organisaties`),
    precedes: [r('(?:\\blid\\b|partner)')],
    weight: 3,
  },
  {
    indicator: 'international_conferences_hosted',
    follows: follows(`${w(4)}internationale (?:conferenties|evenementen|bijeenkomsten)`),
    weight: 2,
  },
  {
    indicator: 'international_conferences_hosted',
    follows: follows(`${w(4)}(?:conferenties|evenementen|bijeenkomsten|fora|topontmoetingen)`),
    precedes: [r('(?:georganiseerd|organiseerde|gehouden|hield|ontving)')],
    weight: 3,
  },
  {
    indicator: 'fdi_projects_cumulative',
    follows: follows('(?:buitenlandse )?(?:directe )?(?:investerings)?projecten'),
    weight: 1,
  },
  {
    indicator: 'fdi_projects_cumulative',
    follows: follows('(?:buitenlandse |FDI-?)(?:directe )?(?:investerings)?projecten'),
    weight: 2,
  },
  { indicator: 'fdi_new_projects', follows: follows(`nieuwe ${w(1)}(?:investerings)?projecten`), weight: 3 },
  {
    indicator: 'fdi_capital_increase_projects',
    follows: follows(
      `${w(1)}projecten (?:die (?:hun )?kapitaal (?:verhoogden|toevoegden|uitbreidden)|met (?:een )?kapitaalverhoging)`,
    ),
    weight: 3,
  },
  { indicator: 'fdi_projects_japan', follows: follows(`${w(1)}(?:investerings)?projecten`), precedes: [JAPAN], weight: 3 },
  {
    indicator: 'fdi_registered_capital_cumulative',
    precedes: [
      r(
        '(?:geregistreerde? (?:investerings)?kapitaal|totaal (?:investerings)?kapitaal|totale (?:investerings)?kapitaal|(?:cumulatieve?|opgebouwde?) (?:investerings)?kapitaal)',
      ),
    ],
    weight: 2,
  },
  {
    indicator: 'fdi_registered_capital_cumulative',
    follows: follows('aan (?:totaal |cumulatief )?geregistreerde? (?:investerings)?kapitaal'),
    unless: r('(?:\\btrok\\b|\\btrekt\\b|aangetrokken|aantrekken)'),
    weight: 3,
  },
  {
    indicator: 'fdi_capital_japan',
    precedes: [r('(?:investering|kapitaal)'), JAPAN],
    weight: 3,
  },
  { indicator: 'fdi_source_countries', follows: follows(`${w(1)}landen en (?:gebieden|territoria)`), weight: 2 },
  { indicator: 'fdi_source_countries', follows: follows(`${w(1)}landen`), precedes: [r('\\buit\\b')], weight: 1 },
  { indicator: 'fdi_attracted', precedes: [r('(?:\\btrok\\b|\\btrekt\\b|aangetrokken|aantrekken)')], weight: 2 },
  {
    indicator: 'fdi_national_rank',
    follows: follows('(?:plaats (?:in|van) (?:het land|vietnam)|in het land)'),
    sentence: r('(?:aantrekken|investering|FDI)'),
    weight: 3,
  },
  {
    indicator: 'grdp_growth',
    precedes: [
      r('(?:\\bbbp\\b|\\bgrdp\\b|bruto (?:regionaal )?binnenlands product)'),
      r('(?:steeg|groei|gestegen|toegenomen|toename)'),
    ],
    weight: 3,
  },
  { indicator: 'grdp_per_capita', precedes: [r('(?:per hoofd van de bevolking|per inwoner|per capita)')], weight: 3 },
  {
    indicator: 'trade_turnover',
    precedes: [r('(?:import-?export|export- (?:en )?import|handelsomzet|exportomzet|importomzet)')],
    weight: 2,
  },
  { indicator: 'trade_surplus', precedes: [r('handelsoverschot')], weight: 3 },
  { indicator: 'provincial_units', follows: follows('(?:provincies en (?:centraal bestuurde )?steden)'), weight: 1 },
];

const VI: IndicatorRule[] = [
  { indicator: 'partner_localities', follows: follows(`${w(1)}${VI_LOCALITIES}`), weight: 2 },
  {
    indicator: 'partner_localities',
    follows: follows(`${w(1)}${VI_LOCALITIES}`),
    precedes: [VI_CUMULATIVE],
    weight: 4,
  },
  {
    indicator: 'partner_localities_new',
    follows: follows(`${w(1)}${VI_LOCALITIES}`),
    precedes: [r('(?:\\bký|biên bản ghi nhớ|\\bmới\\b)')],
    weight: 3,
  },
  { indicator: 'international_org_memberships', follows: follows(`${w(3)}tổ chức quốc tế`), weight: 2 },
  {
    indicator: 'international_org_memberships',
    follows: follows(`${w(3)}tổ chức quốc tế`),
    precedes: [r('(?:thành viên|đối tác)')],
    weight: 3,
  },
  { indicator: 'international_conferences_hosted', follows: follows(`${w(4)}(?:hội nghị|sự kiện|diễn đàn) quốc tế`), weight: 2 },
  {
    indicator: 'international_conferences_hosted',
    follows: follows(`${w(4)}(?:hội nghị|sự kiện|diễn đàn)`),
    precedes: [r('(?:tổ chức|đăng cai)')],
    weight: 3,
  },
  { indicator: 'fdi_projects_cumulative', follows: follows('dự án'), weight: 1 },
  { indicator: 'fdi_projects_cumulative', follows: follows('dự án (?:đầu tư )?(?:trực tiếp )?(?:nước ngoài|FDI)'), weight: 2 },
  { indicator: 'fdi_new_projects', follows: follows(`dự án ${w(3)}(?:cấp mới|mới)(?![\\p{L}])`), weight: 3 },
  { indicator: 'fdi_capital_increase_projects', follows: follows(`(?:lượt )?dự án ${w(2)}tăng vốn`), weight: 3 },
  { indicator: 'fdi_projects_japan', follows: follows('dự án'), precedes: [JAPAN], weight: 3 },
  {
    indicator: 'fdi_registered_capital_cumulative',
    precedes: [
      r('(?:vốn (?:đầu tư )?(?:nước ngoài )?đăng ký|tổng vốn(?! đầu tư(?! (?:nước ngoài )?đăng ký))|vốn (?:đầu tư )?lũy kế)'),
    ],
    weight: 2,
  },
  {
    indicator: 'fdi_registered_capital_cumulative',
    follows: follows('(?:tổng )?vốn (?:đầu tư )?(?:nước ngoài )?(?:đăng ký|lũy kế)'),
    unless: r('thu hút'),
    weight: 3,
  },
  { indicator: 'fdi_capital_japan', precedes: [r('vốn'), JAPAN], weight: 3 },
  { indicator: 'fdi_source_countries', follows: follows(`${w(1)}quốc gia(?:,| và) vùng lãnh thổ`), weight: 2 },
  { indicator: 'fdi_source_countries', follows: follows('quốc gia'), precedes: [r('(?<![\\p{L}])từ(?![\\p{L}])')], weight: 1 },
  { indicator: 'fdi_attracted', precedes: [r('thu hút')], weight: 2 },
  {
    indicator: 'fdi_national_rank',
    precedes: [r('(?:đứng|xếp)(?: hạng)?\\s*$')],
    follows: follows('(?:trong )?(?:cả nước|toàn quốc)'),
    sentence: r('(?:thu hút|đầu tư|FDI)'),
    weight: 3,
  },
  { indicator: 'grdp_growth', precedes: [r('(?:GRDP|tổng sản phẩm)'), r('\\btăng')], weight: 3 },
  { indicator: 'grdp_per_capita', precedes: [r('bình quân đầu người')], weight: 3 },
  { indicator: 'trade_turnover', precedes: [r('(?:kim ngạch xuất,? nhập khẩu|xuất nhập khẩu)')], weight: 2 },
  { indicator: 'trade_surplus', precedes: [r('(?:xuất siêu|thặng dư thương mại)')], weight: 3 },
  { indicator: 'provincial_units', follows: follows('(?:tỉnh, thành phố|đơn vị hành chính cấp tỉnh)'), weight: 1 },
];

/** The keyword rules of each article language. */
export const INDICATOR_RULES: Record<TextLanguage, readonly IndicatorRule[]> = { en: EN, nl: NL, vi: VI };
