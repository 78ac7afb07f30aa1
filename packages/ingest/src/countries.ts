/** Country names as the articles write them (English, Dutch, Vietnamese), by ISO 3166-1 alpha-2 code. */
const NAMES: Record<string, string[]> = {
  AT: ['Austria', 'Oostenrijk', 'Áo'],
  AU: ['Australia', 'Australië', 'Úc'],
  BE: ['Belgium', 'België', 'Bỉ', 'Vương quốc Bỉ'],
  BY: ['Belarus', 'Wit-Rusland'],
  CA: ['Canada'],
  CH: ['Switzerland', 'Zwitserland', 'Thụy Sĩ'],
  CN: ['China', "People's Republic of China", 'Trung Quốc'],
  CU: ['Cuba'],
  CZ: ['Czech Republic', 'Czechia', 'Tsjechië', 'Séc', 'CH Séc'],
  DE: ['Germany', 'Federal Republic of Germany', 'Duitsland', 'Bondsrepubliek Duitsland', 'Đức', 'CHLB Đức'],
  DK: ['Denmark', 'Denemarken', 'Đan Mạch'],
  ES: ['Spain', 'Spanje', 'Tây Ban Nha'],
  FI: ['Finland', 'Phần Lan'],
  FR: ['France', 'Frankrijk', 'Pháp'],
  GB: ['United Kingdom', 'UK', 'Britain', 'Verenigd Koninkrijk', 'Anh', 'Vương quốc Anh'],
  HU: ['Hungary', 'Hongarije', 'Hungary'],
  ID: ['Indonesia', 'Indonesië'],
  IL: ['Israel', 'Israël'],
  IN: ['India', 'Ấn Độ'],
  IT: ['Italy', 'Italië', 'Ý', 'Italia'],
  JP: ['Japan', 'Nhật Bản'],
  KH: ['Cambodia', 'Cambodja', 'Campuchia'],
  KR: ['South Korea', 'Korea', 'Republic of Korea', 'Zuid-Korea', 'Hàn Quốc'],
  LA: ['Laos', 'Lào'],
  MM: ['Myanmar'],
  MY: ['Malaysia', 'Maleisië'],
  NL: ['Netherlands', 'the Netherlands', 'Nederland', 'Hà Lan'],
  NZ: ['New Zealand', 'Nieuw-Zeeland'],
  PH: ['Philippines', 'Filipijnen', 'Philippin'],
  PL: ['Poland', 'Polen', 'Ba Lan'],
  RU: ['Russia', 'Russian Federation', 'Rusland', 'Nga', 'Liên bang Nga'],
  SE: ['Sweden', 'Zweden', 'Thụy Điển'],
  SG: ['Singapore', 'Singapore'],
  TH: ['Thailand', 'Thái Lan'],
  TW: ['Taiwan', 'Đài Loan'],
  UA: ['Ukraine', 'Oekraïne'],
  US: ['USA', 'the USA', 'United States', 'the United States', 'US', 'U.S.', 'Verenigde Staten', 'Hoa Kỳ', 'Mỹ'],
};

const BY_NAME = new Map(
  Object.entries(NAMES).flatMap(([code, names]) => names.map((name) => [name.toLowerCase(), code] as const)),
);

/** The ISO code of a country name ("the USA", "Bondsrepubliek Duitsland", "Nhật Bản"), or undefined. */
export function countryCode(name: string): string | undefined {
  const key = name.trim().toLowerCase();
  return BY_NAME.get(key) ?? BY_NAME.get(key.replace(/^(?:the|de|het)\s+/, ''));
}
