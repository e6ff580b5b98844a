/**
 * Word lists for the synthetic benchmark corpus: real conflict-reporting places and groups with
 * the spellings readers actually type, plus the everyday words of analytic writing. The long tail
 * of rare words is generated (see corpus.ts).
 */

/** [name, aliases]: aliases appear only in the entity record, never in claim text. */
export const PLACES: [string, string[]][] = [
  ['Kabul', ['Kābul', 'کابل']],
  ['Nangarhar', ['Ningarhar', 'Ningrahar', 'ننګرهار']],
  ['Kandahar', ['Qandahar', 'Kandahār', 'کندهار']],
  ['Kunar', ['Konar', 'کونړ']],
  ['Kunduz', ['Qunduz', 'کندز']],
  ['Mazar-e Sharif', ['Mazar-i-Sharif', 'Mazar-i Sharif', 'مزار شریف']],
  ['Herat', ['Hérat', 'هرات']],
  ['Jalalabad', ['Jelalabad']],
  ['Nuristan', ['Nooristan']],
  ['Paktya', ['Paktia', 'Paktiya']],
  ['Helmand', ['Hilmand']],
  ['Balkh', ['بلخ']],
  ['Farah', ['فراه']],
  ['Badakhshan', ['Badakshan']],
  ['Takhar', []],
  ['Baghlan', []],
  ['Parwan', ['Parvan']],
  ['Ghazni', ['Ghuzni']],
  ['Khost', ['Khowst']],
  ['Peshawar', ['Pekhawar']],
  ['Quetta', ['Kwatah']],
  ['Bajaur', []],
  ['Waziristan', []],
  ['Karachi', []],
  ['Lahore', []],
  ['Islamabad', []],
  ['Termez', ['Termiz']],
  ['Dushanbe', []],
  ['Tehran', ['Teheran']],
  ['Kerman', []],
  ['Shiraz', []],
  ['Zahedan', []],
  ['Baghdad', ['Bagdad']],
  ['Mosul', ['Al-Mawsil']],
  ['Fallujah', ['Falluja']],
  ['Ramadi', []],
  ['Kirkuk', []],
  ['Erbil', ['Arbil', 'Hewler']],
  ['Sinjar', ['Shingal']],
  ['Tikrit', []],
  ['Basra', ['Basrah']],
  ['Aleppo', ['Halab']],
  ['Idlib', []],
  ['Raqqa', ['Ar-Raqqah', 'Rakka']],
  ['Deir ez-Zor', ['Deir al-Zour', 'Dayr az-Zawr']],
  ['Homs', []],
  ['Damascus', ['Dimashq']],
  ['Daraa', ['Deraa']],
  ['Hasakah', ['Al-Hasakah']],
  ['Beirut', []],
  ['Tripoli', ['Tarabulus']],
  ['Benghazi', []],
  ['Misrata', ['Misurata']],
  ['Sirte', ['Surt']],
  ['Sanaa', ["Sana'a"]],
  ['Aden', []],
  ['Hodeidah', ['Al Hudaydah', 'Hudaydah']],
  ['Marib', ["Ma'rib"]],
  ['Taiz', ["Ta'izz"]],
  ['Gaza', ['Ghazzah']],
  ['Rafah', []],
  ['Khan Younis', ['Khan Yunis']],
  ['Jenin', []],
  ['Khartoum', ['Al-Khartum']],
  ['Omdurman', []],
  ['El Fasher', ['Al-Fashir', 'El-Fasher']],
  ['Geneina', ['El Geneina', 'Al-Junaynah']],
  ['Nyala', []],
  ['Darfur', []],
  ['Kordofan', []],
  ['Juba', []],
  ['Malakal', []],
  ['Mogadishu', ['Muqdisho']],
  ['Kismayo', ['Kismaayo']],
  ['Baidoa', []],
  ['Garissa', []],
  ['Maiduguri', []],
  ['Borno', []],
  ['Zamfara', []],
  ['Timbuktu', ['Tombouctou']],
  ['Gao', []],
  ['Kidal', []],
  ['Mopti', []],
  ['Ouagadougou', []],
  ['Djibo', []],
  ['Niamey', []],
  ['Tillaberi', ['Tillabéri']],
  ['Goma', []],
  ['Bunia', []],
  ['Beni', []],
  ['Mekelle', ['Mekele']],
  ['Gondar', ['Gonder']],
  ['Bahir Dar', []],
  ['Kyiv', ['Kiev']],
  ['Kharkiv', ['Kharkov']],
  ['Odesa', ['Odessa']],
  ['Mariupol', []],
  ['Donetsk', []],
  ['Bakhmut', ['Artemivsk']],
  ['Kherson', []],
  ['Zaporizhzhia', ['Zaporozhye']],
  ['Marawi', []],
  ['Mindanao', []],
  ['Rakhine', ['Arakan']],
  ['Sittwe', []],
  ['Cox’s Bazar', ['Coxs Bazar']],
  ['Port-au-Prince', []],
];

/** [name, aliases] of organisations: acronyms, transliterations, other names. */
export const ORGS: [string, string[]][] = [
  ['ISKP', ['ISIS-K', 'IS-K', 'Daesh Khorasan', 'Islamic State Khorasan Province', 'ولاية خراسان']],
  ['Taliban', ['Islamic Emirate of Afghanistan', 'طالبان']],
  ['TTP', ['Tehrik-i-Taliban Pakistan', 'Pakistani Taliban']],
  ['UNAMA', ['UN Assistance Mission in Afghanistan']],
  ['Islamic State', ['ISIS', 'ISIL', 'Daesh', 'داعش']],
  ['al-Qaida', ['al-Qaeda', 'Al Qaeda', 'القاعدة']],
  ['Hezbollah', ['Party of God', 'Hizbullah', 'حزب الله']],
  ['Hamas', ['Islamic Resistance Movement']],
  ['Houthis', ['Ansar Allah', 'Ansarullah']],
  ['RSF', ['Rapid Support Forces', 'Janjaweed']],
  ['SAF', ['Sudanese Armed Forces']],
  ['al-Shabaab', ['Harakat al-Shabaab al-Mujahideen', 'Al Shabab']],
  ['Boko Haram', ['JAS', "Jama'atu Ahlis Sunna"]],
  ['ISWAP', ['Islamic State West Africa Province']],
  ['JNIM', ['Jama’at Nusrat al-Islam wal-Muslimin']],
  ['AQIM', ['al-Qaida in the Islamic Maghreb']],
  ['AQAP', ['al-Qaida in the Arabian Peninsula']],
  ['HTS', ['Hayat Tahrir al-Sham', 'Tahrir al-Sham']],
  ['SDF', ['Syrian Democratic Forces', 'QSD']],
  ['YPG', ["People's Protection Units"]],
  ['PKK', ["Kurdistan Workers' Party"]],
  ['Wagner Group', ['Africa Corps', 'PMC Wagner']],
  ['M23', ['March 23 Movement']],
  ['ADF', ['Allied Democratic Forces']],
  ['TPLF', ["Tigray People's Liberation Front"]],
  ['Fano', []],
  ['ACLED', ['Armed Conflict Location and Event Data']],
  ['Human Rights Watch', ['HRW']],
  ['Amnesty International', ['Amnesty']],
  ['ICRC', ['International Committee of the Red Cross']],
  ['UNHCR', ['UN Refugee Agency']],
  ['OCHA', ['UN Office for the Coordination of Humanitarian Affairs']],
  ['WFP', ['World Food Programme']],
  ['MSF', ['Médecins Sans Frontières', 'Doctors Without Borders']],
  ['IAEA', ['International Atomic Energy Agency']],
  ['African Union', ['AU']],
  ['ECOWAS', ['Economic Community of West African States']],
  ['NATO', ['North Atlantic Treaty Organization', 'OTAN']],
  ['CSTO', ['Collective Security Treaty Organization']],
  ['UN Security Council', ['UNSC', 'Security Council']],
];

export const FIRST_NAMES = (
  'Ahmad Mohammad Abdul Gul Hamid Karim Rahim Nasir Farid Zahir Omar Yusuf Ali Hassan Hussein Ibrahim Khalid Tariq Bilal Imran ' +
  'Fatima Aisha Maryam Zainab Leila Nadia Samira Huda Amina Farah Olena Iryna Oksana Dmytro Andriy Serhiy Amadou Moussa Ibrahima Oumar ' +
  'Abdi Hodan Ayaan Mustafa Kemal Selin Deniz Yara Rami Jamal Salim Hakim Faisal Nour Rania Dina Lina Sami Walid'
).split(' ');

export const SURNAMES = (
  'Hosseini Rahimi Karimi Noori Safi Wardak Popal Stanikzai Achakzai Barakzai Durrani Ghilzai Haqqani Mujahid Zadran Mangal Sadat ' +
  'Yusufzai Afridi Khattak Mehsud Wazir Bugti Marri Baloch Qureshi Siddiqui Farooqi Rizvi Jafri Abbasi Hashemi Mousavi Rezaei ' +
  'Jabouri Dulaimi Obeidi Tamimi Shammari Zubaidi Kubaisi Hamdani Barzani Talabani Zebari Haddad Khoury Nasrallah Saleh Mansour ' +
  'Haftar Dbeibah Bashagha Hemedti Burhan Hilal Musa Adam Ishag Tutu Kiir Machar Lual Deng Garang Mohamud Farmaajo Sheikh Warsame ' +
  'Abubakar Shekau Barnawi Toure Traore Keita Diallo Coulibaly Sangare Ouedraogo Kabore Zongo Tshisekedi Kabila Makenga Nkunda ' +
  'Abiy Gebremichael Debretsion Tesfaye Bekele Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Melnyk Petrenko Marchenko ' +
  'Ampatuan Maute Hapilon Rohingya Myint Aung Thein Tun Lwin Moise Cherizier Joseph'
).split(' ');

export const ROLES = (
  'commander spokesman governor minister official analyst researcher envoy negotiator emir deputy chief director coordinator ' +
  'investigator monitor journalist witness elder cleric'
).split(' ');

export const VERBS = (
  'reported confirmed denied claimed attacked seized captured raided bombed shelled besieged evacuated displaced detained ' +
  'released executed abducted ambushed targeted struck killed wounded injured negotiated announced warned accused condemned ' +
  'documented recorded estimated assessed verified disputed contradicted corroborated recruited financed smuggled deployed ' +
  'withdrew advanced retreated infiltrated surrendered mediated pledged appointed dismissed arrested sentenced'
).split(' ');

export const NOUNS = (
  'attack bombing raid ambush checkpoint convoy mosque market school hospital clinic prison compound village district province ' +
  'border crossing airport airstrike drone rocket mortar landmine explosive suicide casualties civilians fighters militants ' +
  'soldiers police militia forces commanders recruits refugees displacement ceasefire truce negotiations talks sanctions ' +
  'funding smuggling weapons ammunition supply route offensive operation siege blockade curfew protest election census ' +
  'report briefing statement communique investigation inquiry evidence testimony footage satellite imagery'
).split(' ');

export const ADJECTIVES = (
  'armed armored heavy light nocturnal coordinated complex deadly lethal fragile contested rural urban northern southern eastern ' +
  'western central remote mountainous porous unverified credible independent anonymous official local regional international ' +
  'humanitarian sectarian tribal clandestine covert sustained sporadic renewed escalating declining reported alleged'
).split(' ');

/** Everyday words of analytic prose: most of a body. */
export const FILLER = (
  'according to the sources said that there were several reports about a number of incidents in which local residents described how ' +
  'after weeks of tension the situation changed when officials announced new measures while observers noted that many questions ' +
  'remain open because access to the area has been limited and independent verification has not been possible so far however ' +
  'other accounts suggest that the numbers may be higher than initially stated and some witnesses say they saw vehicles moving at night ' +
  'near the main road before the incident which happened early in the morning during the holiday period when markets were crowded ' +
  'the authorities later said an investigation would follow but no findings have been published and the group has not commented ' +
  'analysts point out that similar patterns were observed last year in neighbouring areas where the same tactics were used against ' +
  'security posts and public gatherings meanwhile aid agencies warned that the humanitarian situation could deteriorate further ' +
  'if the fighting continues through the winter months and supply routes remain closed for long periods of time'
).split(' ');

export const PUBLISHERS = (
  'Reuters|Associated Press|Agence France-Presse|Al Jazeera|BBC News|The New York Times|The Washington Post|The Guardian|Dawn|' +
  'Tolo News|Pajhwok Afghan News|Kurdistan 24|Rudaw|Sudan Tribune|Radio Dabanga|Garowe Online|Premium Times|Kyiv Independent|' +
  'UN Security Council|UNAMA|OCHA|Human Rights Watch|Amnesty International|ACLED|International Crisis Group|RUSI|CTC Sentinel'
).split('|');
