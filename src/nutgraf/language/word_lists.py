"""Word lists per language: the stopwords content stems leave out, and the few dozen commonest function
words that detection counts."""

from __future__ import annotations

from functools import cache

# stopwordsiso's Ukrainian list has 73 words and lacks the commonest ones ("на", "не", "за", "його"...).
_EXTRA_STOPWORDS = {
    "uk": """на не по за при через або бо ще вже буде має мав мала цього цієї цих ці які яка яке якщо тому
    після над між щоб лише тільки ні я його їй їм нього неї них свій своє своя свої свого своїх той ті того
    тієї тих теж саме ж же там тут хто
    повідомили повідомив повідомила повідомляє заявив заявила заявили сказав сказала
    перший перша перше перші першого першої першому першим""",
    # Dutch prepositions and adjectives of time stopwords-iso's list lacks: "thanks to", "among which",
    # "last", "coming"; Swedish "about".
    "nl": "dankzij waaronder vorig vorige komende",
    "sv": "cirka ungefär",
    # The verbs keyphrases read as a verb's marker ("faire grève", "tem sido"), which no list has: "to do",
    # "been"; they are no keyphrase.
    "fr": "faire",
    "pt": "sido",
    # Turkish postpositions, adverbs and adjectives every story has, which stopwords-iso's list lacks:
    # "after", "percent", "last" (week), "new", "about", "big", "since", "against", "towards", "during".
    "tr": """ardından yüzde geçen yeni son yaklaşık büyük itibaren karşı yönelik ilişkin sırasında boyunca
    önceki sonraki""",
    # stopwords-iso's Arabic, Hebrew and Korean lists hold few of the verbs and adverbs every news story
    # has ("قالت", "أعلنت", "אמרה", "הודיע", "특히", "최근"): the story's "said" and "already", which
    # came out as keyphrases. Arabic and Hebrew write "and" (و, ו), "so" (ف) and "that" (ש) onto the
    # word: each verb is listed with them too (see _PREFIXED).
    "ar": """قال قالت قالوا يقول تقول أكد أكدت يؤكد تؤكد أضاف أضافت يضيف تضيف أشار أشارت يشير تشير أوضح
    أوضحت يوضح توضح أعلن أعلنت يعلن تعلن ذكر ذكرت يذكر تذكر أفاد أفادت يفيد تفيد كشف كشفت يكشف تكشف تابع
    تابعت صرح صرحت اعتبر اعتبرت يعتبر تعتبر رأى يرى ترى توقع توقعت يتوقع تتوقع قرر قررت يقرر تقرر طالب
    طالبت يطالب تطالب دعا دعت يدعو تدعو أعرب أعربت اعترف اعترفت يأتي تأتي جاء جاءت يمثل تمثل بلغ بلغت
    يبلغ تبلغ سجل سجلت يسجل تسجل ارتفع ارتفعت يرتفع ترتفع تراجع تراجعت يتراجع انخفض انخفضت ينخفض شهد
    شهدت يشهد تشهد أسفر أسفرت يسفر يواصل تواصل واصل واصلت يحاول تحاول حاول حاولت أظهر أظهرت يظهر
    ضرب ضربت يضرب تضرب أمر أمرت بات باتت باتوا يعد تعد سيتم يتم تم ستكون سيكون يكون تكون أصبحت يصبح
    تصبح وصل وصلت يصل تصل أدى أدت يؤدي تؤدي يعاني تعاني عانى يرى يحذر تحذر حذر حذرت أفادت أقيمت أقيم
    ستقام يقام تقام انتهت انتهى تغلب تغلبت سجلوا قدم قدمت يقدم تقدم أتيحت رفض رفضت يرفض ترفض قبلت قبل
    بينما أيضا بعدما كذلك حاليا مؤخرا تقريبا عقب إثر وفق وفقا بحسب نحو قرابة حوالي للمرة بشأن جدا
    كثيرا فقط مساء صباح أمس اليوم غدا الماضي المقبل الجاري""",
    "he": """אמר אמרה אמרו אומר אומרת אומרים הוסיף הוסיפה הוסיפו מסר מסרה מסרו נמסר הודיע הודיעה הודיעו
    ציין ציינה ציינו טען טענה טענו הזהיר הזהירה הזהירו קרא קראה קראו הסביר הסבירה הסבירו פתח פתחה פתחו
    השיג השיגה השיגו הוביל הובילה הובילו עלה עלתה עלו ירד ירדה ירדו קלע קלעה קלעו תרם תרמה תרמו רשם
    רשמה רשמו נערך נערכה נערכו ייערך תיערך נפצע נפצעה נפצעו ממתין ממתינה ממתינים ממתינות מזהיר מזהירה
    מזהירים מזהירות מסרב מסרבת מסרבים שוקל שוקלת שוקלים ממשיך ממשיכה ממשיכים ממשיכות מקווה מקווים עוקב
    עוקבת עוקבים מקיים מקיימת מקיימים תומך תומכת תומכים כולל כוללת כוללים הופנה הופנו נוצר נוצרה נוצרו
    יושג צפוי צפויה צפויים צפויות החליט החליטה החליטו ביקש ביקשה ביקשו הגיע הגיעה הגיעו נמצא נמצאת
    נמצאים נחשב נחשבת חזר חזרה חזרו יצא יצאה יצאו קבע קבעה קבעו הדגיש הדגישה שיחק שיחקה שיחקו ניצח
    ניצחה ניצחו הפסיד הפסידה הפסידו הראו הראה הראתה שמרה שמר שמרו בלט בלטה
    עוד כבר עדיין בינתיים אמש הבוקר אתמול היום מחר הערב השבוע השנה בערב במיוחד לדבריו לדבריה לדברי
    לדבריהם מאוד כמעט בעקבות לאחר ביותר מיידי בפני בשל לעומת""",
    "el": """σημαντικά γρήγορα ιδιαίτερα ήδη μόλις πλέον επίσης ακόμη ακόμα περίπου σχεδόν ιδίως κυρίως
    μάλιστα τελικά αμέσως ξανά πάντα ποτέ συνήθως ειδικά πολύ λίγο μετά πριν έως μέχρι σύμφωνα καθώς ενώ
    όμως ωστόσο πιστά εντελώς πέρυσι φέτος χθες σήμερα αύριο βράδυ πρωί μεσημέρι""",
    # stopwords-iso's Urdu list is mis-encoded ("ًے" for "نے", "هگر" for "مگر"): it misses the commonest
    # words, which came out as keyphrases ("میں", in; "کا", of; "نے", by; "کیا", did). The postpositions,
    # auxiliaries and light verbs, pronouns and conjunctions every story has, and "according to".
    "ur": """میں کا کی کے نے کو سے پر تک اور یا یہ وہ اس ان اسے انہیں انہوں جو جس جن جب تب کہ بھی ہی ہے ہیں
    تھا تھی تھے ہو ہوں ہوا ہوئی ہوئے ہوگا ہوگی ہوں گے گا گی گے گیا گئی گئے کیا کی کیے کر کرنے کرتے کرتی
    کرے کریں کہا کہنا والے والی والا دی دیا دیے دے دیں لیے لئے لیا رہا رہی رہے سکتا سکتی سکتے مطابق
    تقریباً بعد پہلے ساتھ خلاف بارے دوران جبکہ""",
    # Tamil, which stopwords-iso has no list for: the conjunctions, quoting particles and demonstratives
    # every story has ("மற்றும்", and; "என", as (quoting)).
    "ta": """மற்றும் என என்று என்ற எனவும் இந்த அந்த இது அது ஒரு அவர் அவர்கள் இதனால் மேலும் முதல் வரை
    உள்ள உள்ளது உள்ளன பல சில போது பின்னர் ஆனால் அல்லது மூலம் குறித்து காரணமாக அடுத்த""",
    # The verbs, adverbs and postpositions of reporting that stopwords-iso's lists lack, which came out
    # as keyphrases: Tagalog "according to", "said", "next"; Malay "earlier", "a total of", "asked";
    # Finnish "told"; Hungarian "announced"; Romanian "announced", "stated"; Czech "roughly"; Danish "it
    # appears"; Hebrew "compared with"; Bengali "last"
    # ("গত ২৪ ঘণ্টায়", in the last 24 hours), "current".
    "tl": "ayon sinabi sabi susunod nakaraang aniya magiging naging maging",
    # Malay: Indonesian's list (see _LISTED_AS), Malaysia's spellings of its words, and the verbs, adverbs
    # and offices of news stopwords-iso's Malay list has ("dibuka", opened; "meningkat", rose; "orang",
    # people as a count; "negeri", the state; "pengarah", director).
    "ms": """tadi seramai kira-kira meminta berkata katanya menurutnya bahawa kerana selepas iaitu sahaja
    baharu mahu manakala beliau berbanding berikutan memandangkan menerusi mengikut sebarang tiada kedua-dua
    baru-baru berdasarkan berharap berjaya berkaitan berlaku bernama bernilai berubah diadakan dibuka
    dicatatkan dijangka ditutup hadapan kalangan kali kekal lepas membantu membawa membolehkan menambah
    menarik menawarkan mencapai mencatatkan menerima mengadakan mengambil menggalakkan mengumumkan
    mengurangkan meningkat meningkatkan menjelang menokok menyaksikan menyediakan merosot ramai sebahagian
    orang negeri pengarah ketua timbalan""",
    "fi": "kertoi kertoo kertovat sanoi sanoo sanovat",
    "hu": "közölte közölték mondta mondták jelentette",
    "ro": "anunțat precizat declarat afirmat",
    "cs": "zhruba přibližně uvedl uvedla uvedli řekl řekla řekli příští",
    "da": "fremgår oplyser siger sagde ifølge",
    # The eleventh languages round's pastes in the close pairs (2026-12-06): their verbs of saying ("sier",
    # "seier", "siger", says; "rekao", "dixo", said; "uviedol", stated), "according to" ("ifølgje",
    # "segundo", "segons"), "next" ("příští", "budúci", "sledeću"), Nynorsk's "frå" (from), Valencian's
    # "este" (this; Catalan's "aquest") and Croatian's "oko" (about) and "ovo" (this) had been their tags.
    "no": "sier seier sa sagt sagde ifølge ifølgje frå",
    "sk": "uviedol uviedla uviedli povedal povedala povedali budúci budúca budúce budúceho budúcom",
    "hr": "rekao rekla rekli izjavio izjavila izjavili kazao kazala tvrdi tvrde oko ovo ovaj ova ove",
    "gl": "segundo todos todas dixo",
    "ca": "segons este esta estos estes",
    "bn": "গত চলতি",
    # Irish: stopwords-iso's list holds its prepositions and numbers but none of its verbs, and a story's
    # "said" and "was" ("Dúirt", "Bhí") and the copula's forms after "go" and "nach" ("mbeidh", will be;
    # "bhfuil", is) had been its tags; the same for Latvian's relative and personal pronouns ("kas", which:
    # "kas paredz" had been a budget story's tag) and its verbs of reporting.
    "ga": """tá atá bhí raibh bhfuil níl beidh mbeidh bheidh bheadh mbeadh bhíonn mbíonn dúirt ndúirt deir
    ndeir deirtear dúradh rinne rinneadh tháinig chuaigh fuair freisin""",
    "lv": """kas kura kurš kuri kuras kuru kurā kurās viņš viņa viņi viņas viņu tas tie tās šis šī šie šo to
    tam tai sacīja teica norādīja paziņoja uzsvēra norādot""",
    # Kurdish as detection names it ("ku") is Kurmanji, written in Latin letters; stopwords-iso's "ku" list
    # is Sorani's, in Arabic letters, so a Kurmanji story's "Li" (in) had been its tag: its prepositions,
    # conjunctions, pronouns and auxiliaries ("hat vekirin", was opened; "dê", will). Odia, which
    # stopwords-iso has no list for: its "this" ("ଏହି"), postpositions and auxiliaries.
    "ku": """li ji bi di de da ra re ku û an jî ya yê yên ê ev ew vê wê wan wî me min te ser bo heta piştî
    berî nav navbera gor gorî hat hatin hate tê têne dê kir kirin kiriye bû bûn e ye ne in got gotiye
    hinek gelek her hemû""",
    "or": """ଏହି ଏହା ସେହି ସେ ଓ ଏବଂ ବା କିମ୍ବା ପାଇଁ ସହ ସହିତ ଦ୍ୱାରା ବୋଲି ଯେ ହୋଇଛି ହୋଇଥିଲା ହେବ ହେବେ ହେଉଛି
    କରିଛନ୍ତି କହିଛନ୍ତି ଅଛି ଅଛନ୍ତି ଥିଲା ଥିଲେ ମଧ୍ୟ କିନ୍ତୁ ଆଉ ଜଣ ଟି ନେଇ ଉପରେ ପରେ ପୂର୍ବରୁ""",
    # Hawaiian and Asturian, which detection names since the tenth languages round and stopwords-iso has no
    # list for: Hawaiian's articles, particles of tense and case, pronouns and demonstratives ("ke", "ua",
    # "kēia", "lākou"), with their marks and without; Asturian's articles, contractions, pronouns,
    # auxiliaries and conjunctions where they are not Spanish's ("ye", "nes", "tolos", "pa"), Spanish's list
    # being read beside it (_LISTED_AS).
    "haw": """ka ke nā na ua i o ʻo ma no ko kō kā a e he ia ʻia ʻana ana kēia keia kēlā kela lākou lakou
    ʻaʻole aole mai aku nei lā la wahi āna kona kāna ai hou ʻole ole hoʻi hoi laila""",
    "ast": """ye yera yeren tán tien tienen tamién güei anque enantes tolos toles nes nel na pa pal pola pel
    col cola los les la el un una unos unes esti esta estos estes esi esa eso dixo dixeron fixo hai agora
    dende nun non mui entá xunto ún""",
    # Santali, in Ol Chiki, which detection names since the tenth languages round: its plural "ᱠᱚ", "of"
    # "ᱨᱮᱟᱠ", "for" "ᱞᱟᱜᱤᱛ", "from" "ᱠᱷᱳᱱ", "this" "ᱱᱚᱟ" and "said" "ᱢᱮᱱᱠᱮᱫᱟ" had been a school story's tags.
    "sat": """ᱠᱚ ᱨᱮ ᱨᱮᱟᱠ ᱞᱟᱜᱤᱛ ᱠᱷᱳᱱ ᱱᱚᱟ ᱚᱱᱟ ᱟᱨ ᱦᱳ ᱫᱚ ᱥᱮ ᱮᱱᱟ ᱢᱤᱛ ᱱᱟᱣᱟ ᱩᱱᱤ ᱩᱱᱠᱩ ᱢᱮᱱᱠᱮᱫᱟ ᱢᱮᱱᱠᱮᱛᱟ""",
    # Dhivehi and Manipuri, whose words are whole since the scripts round (their vowel signs had cut them):
    # Dhivehi's reporting endings and verbs ("ކަމަށެވެ", that it is so; "ބުނީ", said), "and", "also", "this";
    # Manipuri's case particles written apart ("ꯒꯤ", of; "ꯅꯥ", by; "ꯗ", in), "and", "this", "that", "said".
    "dv": """ކަމަށެވެ ކަމަށް ބުނީ ބުނެފައިވެ ވިދާޅުވީ އަދި އާއި ވެސް މި އެ އެވެ""",
    "mni": """ꯒꯤ ꯅꯥ ꯗ ꯗꯥ ꯗꯒꯤ ꯑꯃꯁꯨꯡ ꯑꯁꯤ ꯑꯗꯨ ꯃꯍꯥꯛ ꯍꯥꯏꯈꯤ""",
    # Telugu, Kannada and Malayalam, which stopwords-iso has no list for: their demonstratives, pronouns,
    # conjunctions, quoting words, postpositions written apart, copulas, "new" and "next", and the verbs of
    # reporting and giving in the forms news writes them ("చెప్పారు", "ಹೇಳಿದರು", "പറഞ്ഞു": said; "తెలిపారు",
    # "ತಿಳಿಸಿದೆ", "അറിയിച്ചു": informed), which had been their stories' tags as no other language's "said"
    # is (the forms written onto a quoting word or a tense's ending: keyphrases/languages.py).
    "te": """ఈ ఆ ఇది అది ఇవి అవి ఆయన ఆమె అతను వారు వీరు మరియు కూడా అని అనే ఒక కానీ అయితే తర్వాత తరువాత
    ముందు ద్వారా కోసం గురించి నుంచి నుండి వరకు పై ఉంది ఉన్నారు ఉన్న ఉన్నాయి కొత్త వచ్చే చెప్పారు
    చెప్పాడు చెప్పింది అన్నారు అన్నాడు అంది తెలిపారు తెలిపాడు తెలిపింది ప్రకటించారు ప్రకటించింది
    పేర్కొన్నారు పేర్కొంది వెల్లడించారు వెల్లడించింది వివరించారు చేశారు చేసారు చేసింది ఇచ్చారు
    ఇచ్చింది""",
    "kn": """ಈ ಆ ಇದು ಅದು ಇವು ಅವು ಅವರು ಅವನು ಅವಳು ಮತ್ತು ಹಾಗೂ ಕೂಡ ಎಂದು ಎಂಬ ಒಂದು ಆದರೆ ನಂತರ ಮೊದಲು ಮೂಲಕ
    ಬಗ್ಗೆ ವರೆಗೆ ಮೇಲೆ ಇದೆ ಇವೆ ಇದ್ದಾರೆ ಇತ್ತು ಹೊಸ ಮುಂದಿನ ಹೇಳಿದರು ಹೇಳಿದ್ದಾರೆ ಹೇಳಿದೆ ತಿಳಿಸಿದರು
    ತಿಳಿಸಿದ್ದಾರೆ ತಿಳಿಸಿದೆ ಪ್ರಕಟಿಸಿದರು ಪ್ರಕಟಿಸಿದೆ ಮಾಡಿದರು ಮಾಡಿದೆ ನೀಡಿದರು ನೀಡಿದೆ""",
    "ml": """ഈ ആ ഇത് അത് ഇവ അവ അദ്ദേഹം അവർ അവൻ അവൾ ഒരു എന്ന് എന്ന എന്നും കൂടാതെ എന്നാൽ പക്ഷേ ശേഷം
    മുമ്പ് വഴി വേണ്ടി കുറിച്ച് വരെ ആണ് ഉണ്ട് ആയിരുന്നു പുതിയ അടുത്ത പറഞ്ഞു പറഞ്ഞിരുന്നു അറിയിച്ചു
    വ്യക്തമാക്കി പ്രഖ്യാപിച്ചു ചെയ്തു ചെയ്യും നൽകി ഉണ്ടാകും""",
    # Khmer, Lao and Burmese: their particles where a text writes one apart (keyphrases cut a stretch at
    # those written onto it: keyphrases/unspaced.py).
    "km": """និង នៅ ក្នុង បាន នឹង កំពុង ជា ដែល ថា នេះ នោះ ពី ទៅ ដល់ ដោយ សម្រាប់ ចំពោះ របស់ មាន ការ ក៏ ហើយ
    ប៉ុន្តែ ឬ ទៀត ផងដែរ ត្រូវ គឺ លើ""",
    "lo": """ແລະ ໃນ ທີ່ ຂອງ ຈາກ ກັບ ໄດ້ ຈະ ເປັນ ໂດຍ ວ່າ ນີ້ ນັ້ນ ຫຼື ແຕ່ ກໍ ມີ ໃຫ້ ຍັງ ແລ້ວ ຊຶ່ງ ເຊິ່ງ ເພື່ອ ຕໍ່
    ຢູ່ ກ່າວວ່າ""",
    "my": """နှင့် နဲ့ ၏ ကို တွင် ၌ မှ သို့ က သည် ဖြင့် လည်း ရှိ များ သော ပြီး ခဲ့ ရန် အတွက် ဟု ကြောင်း""",
    # Thai: the calendar (its months too: "ธันวาคม", December), units and counting words, and the verbs of
    # reporting, which ran into every stretch of a Thai sentence ("ปี", year; "คน", people; "ได้รับ",
    # received; "ระบุ", stated), and a page's "อัปเดตล่าสุด" (last updated); and, read into whole words since
    # 2026-12-05, the conjunctions and adverbs that open a clause, which stopwords-iso's list lacks
    # ("ขณะที่", while, had been a rate story's tag; "นอกจากนี้", besides; "อย่างไรก็ตาม", however); and the
    # counting word of documents, "ฉบับ", which a whole word now ends a stretch on ("ประกาศเตือนภัยฉบับที่ 5",
    # warning no. 5, had made the tag "ประกาศเตือนภัยฉบับ").
    "th": """ปี เดือน สัปดาห์ ชั่วโมง นาที วันที่ เมื่อวาน วันนี้ พรุ่งนี้ คน ตัว เมตร กิโลเมตร บาท ล้าน พัน
    หมื่น แสน เปอร์เซ็นต์ ทันที ได้รับ ระบุ กล่าวว่า เปิดเผยว่า ยังคง กำลัง จำนวน ประมาณ มากกว่า น้อยกว่า ครั้งนี้ ดังกล่าว
    มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม
    อัปเดต ล่าสุด ขณะที่ ขณะนี้ นอกจากนี้ อย่างไรก็ตาม โดยเฉพาะ ฉบับ""",
    "ko": """특히 다시 이미 가장 매우 크게 더욱 계속 아직 한편 반면 이날 최근 당시 현재 직접 사실상 즉각
    위해 대해 통해 따르면 따라 지난 오는 내년 올해 지난해 전날 오늘 어제 내일 이번 다음 앞서 이후 이전
    일부 각각 실제로 결국 우선 먼저 점차 점점 새로 많이 정말 아주 바로 곧 꼭 함께 모두 또한 다만""",
    # Hindi: the forms stopwords-iso's list has one of and not the others (the feminine and plural of
    # "गया", went, and "दिया", gave; "जिसके", whose, beside "जिस"; "उन्होंने", they, before a past tense),
    # the postpositions of more than one word's length ("के अनुसार", according to; "के बारे में", about),
    # the auxiliaries and the light verbs of a compound ("रोक लगा दी गई है"), and adverbs every story has.
    # They came out as keyphrases ("अनुसार", "जिसके", "गई", "उन्होंने लोगों"; the future's "जाएंगे", will be,
    # and "नए", new, of "नए बस अड्डे बनाए जाएंगे", new bus stations will be built).
    "hi": """गई गए गईं दी दिए दीं दें रही रहीं होगा होगी होंगे हुईं थीं चुका चुकी चुके सकती सकें सकेगा लिया
    ली लिए लगा लगी लगे लगाया लगाई लगाए कहना कही कहीं बताया बताई बताते बताती उन्होंने इन्होंने जिन्होंने
    किसने उसने इसने जिसका जिसकी जिसके उसका उसकी इसकी इनकी उनसे इनसे उससे इससे जिससे हम हमें हमारा हमारी
    हमारे मैं मुझे मेरा मेरी मेरे आपका आपकी आपके अनुसार मुताबिक बारे दौरान बीच खिलाफ़ खिलाफ तहत जरिए
    ज़रिए पास बाहर सामने पूरी पूरे अब आज केवल सिर्फ़ सिर्फ लगभग करीब क़रीब अधिक ज़्यादा ज्यादा बेहद वहीं
    यानी हालांकि क्योंकि ताकि इसलिए जाएगा जाएगी जाएंगे जाएँगे नया नई नए""",
    # Languages stopwords-iso has no list for, whose commonest words came out as a story's tags (Punjabi
    # "ਦਾ", "ਲਈ", "ਨੂੰ": of, for, to; Georgian "და", and; Nepali "पनि", also): postpositions, conjunctions,
    # pronouns, auxiliaries and the verbs of reporting ("said", "stated").
    "pa": """ਦਾ ਦੀ ਦੇ ਦੀਆਂ ਨੂੰ ਨੇ ਤੋਂ ਵਿੱਚ ਵਿਚ ਅਤੇ ਤੇ ਲਈ ਨਾਲ ਤੱਕ ਹੈ ਹਨ ਸੀ ਸਨ ਹੋ ਹੋਇਆ ਹੋਈ ਹੋਏ ਹੋਵੇਗਾ ਹੋਵੇਗੀ ਇਹ
    ਉਹ ਇਸ ਉਸ ਇਨ੍ਹਾਂ ਉਨ੍ਹਾਂ ਕਿ ਜੋ ਜਿਸ ਵੀ ਹੀ ਨਹੀਂ ਕੀਤਾ ਕੀਤੀ ਕੀਤੇ ਕਰ ਕਰਨ ਕਰਕੇ ਗਿਆ ਗਈ ਗਏ ਜਾ ਜਾਵੇਗਾ ਜਾਵੇਗੀ ਜਾਣਗੇ
    ਦਿੱਤਾ ਦਿੱਤੀ ਦਿੱਤੇ ਰਿਹਾ ਰਹੀ ਰਹੇ ਵਾਲਾ ਵਾਲੀ ਵਾਲੇ ਉੱਤੇ ਬਾਅਦ ਪਹਿਲਾਂ ਅਨੁਸਾਰ ਮੁਤਾਬਕ ਕਿਹਾ ਜਾਂ ਪਰ ਕੋਈ ਕੁਝ ਹੁਣ ਅੱਜ
    ਲਗਭਗ ਇੱਕ ਇਕ""",
    "ne": """र पनि को का की के ले लाई मा बाट देखि सम्म लागि भने भन्दा यो त्यो यस उक्त यी ती छ छन् छैन थियो थिए
    हो हुन् हुने हुन्छ गर्न गरेको गरेका गरेर गरी गर्ने गरिएको भएको भएका भए भई भएर रहेको रहेका तथा वा अनि तर अब
    आज गत हाल साथै पछि अघि माथि बीच अनुसार बताए बताइन् बताउनुभयो""",
    "ka": """და რომ არის ეს ის იყო იქნება ან მაგრამ თუ კი არ ვერ ასევე უკვე მიერ შესახებ მხოლოდ ყველა ერთი ამ
    იმ მას მისი მათი როგორც სადაც როცა როდესაც ხოლო თითქმის დაახლოებით ახლა ჯერ ისევ თქმით მიხედვით ისე უფრო
    ძალიან""",
    "am": """እና ነው ናቸው ነበር ነበሩ ይህ ይህን ይህም ያ ውስጥ ላይ ጋር ወደ ግን ደግሞ እንደ ሲሆን ወይም እስከ በኋላ ሁሉ ሁሉም
    አንድ ብለዋል ገልጸዋል ተናግረዋል አስታውቀዋል አስታውቋል እንዳለው እንደገለጹት እንዳሉት ጀምሮ""",
    # Tigrinya, which stopwords-iso has no list for: its prepositions, copulas, articles, pronouns,
    # conjunctions, small numbers, "new" and verbs of saying ("ኣብ", in; "እዩ", is; "ሓድሽ", new; "ኣፍሊጡ",
    # announced) had been an Eritrean water story's tags.
    "ti": """ኣብ ናብ ካብ ምስ ናይ ብ ን እዩ እያ እዮም እየን ነበረ ነይሩ ኣሎ ኣለዉ ኣይኮነን እቲ እታ እቶም እተን ነቲ ነታ ንሱ ንሳ
    ንሳቶም እዚ እዚኣ እዚኦም ከም ድማ ከኣ ውን ግን ወይ እንተ ብዛዕባ ድሕሪ ቅድሚ ክሳብ ውሽጢ ልዕሊ ትሕቲ ሓደ ክልተ ሰለስተ
    ሓድሽ ሓዱሽ ኢሉ ኢላ ኢሎም ገሊጹ ገሊጻ ሓቢሩ ኣፍሊጡ ኣፍሊጦም""",
    # Serbian, which stopwords-iso has no list for, takes Croatian's (the same words but for a few
    # spellings) and adds its own spellings of them ("biće", will be; "gde", where; "posle", after), in
    # the Latin alphabet and the Cyrillic Serbian texts are mostly written in (see _serbian_cyrillic): "ће", "на",
    # "од" had been a Belgrade metro story's tags.
    "sr": """biće bilo gde kad kada šta pre posle ovaj ove ovo oko između rekao rekla rekli izjavio izjavila
    izjavili tvrdi tvrde sledeći sledeća sledeće sledećeg sledeću sledećoj""",
    # More languages stopwords-iso has no list for, whose function words were the languages sweep's tags
    # (bench/languages_sweep.py, 2026-12-05): Albanian "të", "në" (the linking particle; in), Welsh "yn",
    # "ar", "hyn", "Bydd" (in, on, this, will be), Macedonian "на", "ќе", "за", "преку" (on, will, for,
    # via), Pashto "چې", "به", "بیا" (that, will, again); and the agglutinating Kazakh's, Uzbek's and
    # Azerbaijani's postpositions, conjunctions and reporting words ("дейін", until; "хабарлады",
    # reported; "мәліметінше", according to) and their word for "new" (as Turkish's "yeni" above).
    # Prepositions, articles, conjunctions, pronouns, auxiliaries, and "said", "according to" (Welsh's
    # written with the article it runs into: "meddai'r", said the).
    "sq": """të në e i dhe me për nga që është janë ishte ishin do u se si por ka kanë kishte një nuk ky kjo
    këto ato ai ajo deri pas para mbi nën tek te edhe ose apo sipas gjatë tha më së prej ku kur cili cila
    cilët mund duhet ndërsa gjithashtu rreth njoftoi njofton deklaroi""",
    "cy": """yn y yr a ac ar i o am at gan wrth dros drwy trwy mewn bod mae maen oedd roedd bydd fydd byddai
    wedi hyn hynny yma yna ei eu ein fy ni nid na nad ond neu fel sy sydd gyda ag heb hefyd dywedodd
    meddai meddai'r i'r o'r a'r gyda'r rhwng cyn ers tan erbyn pan os pob mwy fwy iawn newydd""",
    "mk": """на во за од со и да се ќе е го ги ја не ова тоа овие тие тој таа што кој која кое кои до по
    преку меѓу при без како но или а дека биде бидат беше биле има имаат му им уште веќе само сите
    според околу над под пред после кон денеска денес објави изјави нов нова ново нови""",
    "ps": """چې به په د او له ته کې سره دا هغه دې یې هم ده دي وو وه شوې شوی شوي شو کړې کړي کړی وي
    لپاره څخه پر تر بیا نه خو یا پورې باندې لخوا وویل وایي ویلي کوي دغه دغو""",
    "kk": """және мен бен пен үшін бұл ол осы сол да де та те дейін кейін бойынша туралы арқылы тарапынан
    деді деп хабарлады мәліметінше жаңа""",
    "uz": """va bilan uchun ham bu u shu esa edi ekan bo'ladi bo'lgan dedi haqida orqali tomonidan ko'ra
    qildi yangi""",
    "az": """və ilə üçün bu o da də isə idi olub olan olacaq görə haqqında barədə tərəfindən bildirib
    yeni""",
    # The languages sweep's round of 2026-12-05 (bench/languages_sweep.py, the r15 pages): Belarusian and
    # Mongolian, which stopwords-iso has no list for, had "на" (on), "Тры" (three) and "шинэ" (new) for
    # tags, Somali's list of 30 words lacks "lagu" and "la" (the impersonal "one", which every clause
    # holds), and Sinhala, which has none, had "සඳහා" (for) and "එක්" (one, of "එක් කිරීමට", to add).
    # Prepositions, conjunctions, pronouns, auxiliaries, particles, small numbers, "new", and the verbs
    # of saying (Somali's in the forms a feminine subject, as "Dowladda", the government, and a plural
    # take: "sheegtay", "sheegeen", "tiri").
    "be": """і й у ў на з за да па аб ад для пры праз пра паміж каля без пасля перад над пад што як гэта
    гэты гэтая гэтыя яго яе іх ён яна яны але таксама ўжо яшчэ будзе будуць быў была было былі ёсць не ні
    ці калі дзе так толькі можа трэба павінны адзін два тры чатыры новы новая новыя паведаміў паведаміла
    паведамілі заявіў заявіла сказаў""",
    "mn": """нь ба болон бөгөөд энэ тэр эдгээр тэдгээр юм байна байгаа байсан байх болно болсон болж гэж
    гэв гэсэн гэжээ хэллээ мэдэгдлээ мэдээлэв мөн ч л нэг хоёр гурав их олон бүх өөр харин гэхдээ учир тул
    одоо дээр доор тухай хүртэл үед өмнө дараа шинэ ирэх""",
    "so": """iyo oo ka ku u la lagu laga loo lala ayaa ayuu ayay waa in uu ay ee ah kale kaas kan tan taas
    kuwaas waxaa waxay wuxuu sheegay sheegtay sheegeen yiri tiri yiraahdeen maanta doono doonaa doontaa jira
    hadda sida iyada isaga ugu soo si inta markii kadib dib hore cusub""",
    # Bosnian takes Croatian's list (see _LISTED_AS), which lacks the verbs of saying: "izjavio" (stated)
    # had been a tram story's tag, and "saopćeno" (it was announced) is Bosnian's spelling.
    "bs": "izjavio izjavila izjavili rekao rekla rekli kazao kazala saopćeno",
    # The fifth languages round's (2026-12-05): languages detection now names that stopwords-iso has no list
    # for, whose function words were the sweep's tags: Yiddish "די", "און", "אין", "זענען", "האָט" (the,
    # and, in, are, has; written with its standard spelling's points and without), Sindhi "جي", "آهي", "ته"
    # (of, is, that), Maori "te", "ngā", "mō" (the, the, for), Luxembourgish "Ab" (from, opening a
    # sentence), Sorani "بە", "بۆ" (with, for). Articles, prepositions, conjunctions, pronouns, auxiliaries,
    # verbs of saying and "new".
    "yi": """די דער דאָס דאס דעם אַ אַן א אן און אין איז זענען זײַנען זיינען זײַן זיין האָט האט האָבן האבן
    פֿון פון מיט צו אויף פֿאַר פאר ווי וואָס וואס ניט נישט ביז אויך אָבער אבער ער זי זיי מיר איך עס דאָ דא
    נאָך נאך שוין וועט וועלן געווען ווען וווּ וואו ווייל איבער צווישן לויט אַלע אלע מער נײַע נייע נײַ ניי
    געזאָגט געזאגט""",
    "sd": """جي جو جا ۾ ته آهي آهن هو هئا هئي کي کان سان تي ۽ به نه هن هي اهو اها انهن جنهن جيڪو جيڪي
    ويو وئي ويندو ويندي ويندا ڪيو ڪئي ڪري پر يا لاءِ تائين بعد اڳ چيو ٻڌايو مطابق هڪ ٻه ٽي نئون نئين
    پيا پيو""",
    "mi": """te ngā he a i o ki ka kua e kei hei mō nō me ko ā nā mā ai anō nei rā tēnei ēnei tērā taua ia
    rātou rāua mātou tātou koutou ahau au kia kāore ehara engari rānei hoki tonu ake atu mai iho ana ōna
    tana tōna hou""",
    "lb": """de den d' der dem déi dat dës an ass si sinn hien hatt et mir dir ech du vun fir mat op um am
    zu bei no ab bis iwwer ënner virun hannert tëscht duerch géint ouni wéi wou wann well datt awer och net
    kee keng eng en engem enger ee gëtt ginn gouf goufen huet hunn hat war waren wäert kann kënnen muss
    soll sot seet nei neien neit""",
    "ckb": """لە بۆ و کە بە ئەو ئەم ئەوە ئەمە لەگەڵ دوای پێش تا هەروەها بەڵام یان هەموو زۆر کرد دەکات
    دەبێت بوو بووە ئێستا وتی ڕایگەیاند نوێ""",
    # Tibetan and Dzongkha, which stopwords-iso has no list for: their case particles (of, by, to, in, from),
    # conjunctions, copulas and auxiliaries, articles, demonstratives, plurals and nominalizers, each a
    # syllable between tshegs ("དང", and; "ཀྱི", of; "ཡོད", there is), which had been a Tibet Times story's
    # tags once its syllables were read whole.
    "bo": """ཀྱི གྱི གི འི ཡི ཀྱིས གྱིས གིས ཡིས ལ ར རུ སུ ཏུ དུ ན ནས ལས དང ཡང འང ཀྱང ཡིན ཡོད རེད འདུག མིན མེད
    པ བ པོ བོ མ མོ པའི བའི པར བར ཞིག ཅིག ཤིག འདི དེ དེའི འདིའི འདིར དེར ཚོ ཚོས ཚོར རྣམས བཅས སོགས ནི ཏེ སྟེ
    བྱས བྱེད སོང ཅེས ཞེས ཟེར བཤད རྒྱུ ཐོག ནང ཙམ""",
    "dz": """གི ཀྱི གྱི གིས ཀྱིས གྱིས ལུ ལས ནང དང ཡང ཨིན ཨིནམ ཡོད ཡོདཔ མེད མེདཔ འབད ཡི ཅིག ཚུ འདི
    དེ ཨིས སྦེ ནི ཟེར""",
    "si": """සහ හා සඳහා මෙම එම ඒ මේ බව ලෙස විසින් අතර තුළ නිසා කර කළ කරන කරයි කිරීම කිරීමට කිරීමෙන් ඇත ඇති
    වේ වන විය යුතු පමණ සිට දක්වා එක් ද ය බවට පැවසීය පැවසුවේ සඳහන් නව හෝ නමුත් වැනි මත""",
    # Languages stopwords-iso has no list for (Maltese, Kinyarwanda, Haitian Creole, Malagasy, Western
    # Frisian, Faroese, Tajik), or one lacking "from" and "than" (Esperanto): their articles, prepositions,
    # conjunctions, pronouns and auxiliaries, and "said", which had been their stories' keyphrases ("se",
    # "li", "minn"; "ko", "mu"; "nan", "yo"; "ny"; "in", "yn"; "el", "ol"; "ба", "дар"); since the tenth
    # languages round also Haitian Creole's "Dapre" (according to) and "anonse" (announced), Faroese's "fyri"
    # (for), "millum" (between) and "nýggja" (new), Esperanto's "Laŭ" (according to), "ĉar" (because) and
    # "novan" (new), and Albanian's "njoftoi" (announced), readers' pastes' tags. Not Occitan's yet:
    # with one, a Jornalet page's summary took the site's tagline its extraction had kept.
    "mt": """li u ta tal tas tat tad tar taż tax tan fi fil fis fit fid fir fiż fix fin minn mill mis mit mid
    mir miż mix se ser ma mhux għal għall għas għat għad bħala biex kull dan din dawn dak dik dawk jew iżda
    imma wkoll ukoll anki kien kienet kienu hemm kif meta fejn issa qal qalet qalu huwa hija huma hu hi
    aħna jien lil lill sa fuq taħt bejn wara qabel waqt""",
    "rw": """ko mu na ku kandi ni nta nka cyangwa ariko bya ya rya wa za ba bo cya kwa uyu iyi iki aba abo
    ubu aho iyo uko ngo muri kuri yavuze yagize bari bavuga""",
    "ht": """nan yo pou gen ak ki se li pa te ap va a de sa sou lè men tou an ou nou mwen yon kòm depi pase
    paske konsa anpil kèk tout ke oswa deja toujou la di dapre anonse pral poko""",
    "mg": """ny sy ao amin amin'ny tamin'ny an'ny ho izay fa dia ary koa na tsy efa eo io ireo ity izany
    nandritra hoe azy ireny teo any""",
    "fy": """de it in yn fan en op dat mei foar net is wie hat hawwe binne te om as oan by nei troch ek noch
    al wol sil soe ta út oer tsjin dizze dy dit har hy sy se wy jo men ien""",
    "fo": """og í á at til av er var við um sum ikki tað hetta ein eitt hann hon teir tey vit frá eftir so
    men ella eru verður varð sigur segði fyri millum sambært hevur hava vóru nýggj nýggja nýggjan nýggjar""",
    "tg": """ва дар ба аз ки бо барои то ин он як низ аст буд шуд шуда мешавад мешаванд кард карданд гуфт
    гуфта онҳо вай""",
    "eo": "el ol laŭ ĉar ankaŭ tamen ekde hieraŭ hodiaŭ morgaŭ nova novan novaj novajn",
    # The eighth languages round's: Icelandic, which stopwords-iso has no list for ("að", to and that, had
    # been a Reykjavík story's tag), and the Pacific languages detection names since (Samoan's "na", "le";
    # Tongan's "ʻe", "he", "ʻo"; Fijian's "ena", "mai" had been their stories' tags).
    "is": """og að í á er var sem um til með við fyrir af frá eftir en ekki það þetta hann hún þeir þær þau
    hafa hefur hafði verður verði varð sagði segir eru voru eða því þegar þar hér nú líka einnig mjög ég
    hans hennar þess þeirra úr undir yfir milli vegna sé séu getur geta mun munu skal vera verið orðið ný
    nýja nýr nýtt sína sínum sinni""",
    "sm": """le o i e a ma na ua sa se lea ai mai mo ia latou lana lona ona nei lenei ina ae pe foi faapea
    fa'apea faʻapea atu ane""",
    "to": """ʻe ʻo ʻi ʻa he e o i a ki ko mo naʻe ʻoku kuo ʻene ʻenau ia kau ni ke ai mei pea ka foʻou""",
    "fj": """na e ni ena ka mai ko sa a vei me kei ira era o koya oqo qo tiko kina rawa talega vaka dua""",
    # Standard Moroccan Tamazight in Tifinagh, which detection names since this round: its prepositions
    # ("ⵏ", of; "ⴳ", in; "ⵙ", with; "ⵉ", to; "ⵖⵔ", towards; "ⵙⴳ", "ⵣⴳ", from; "ⵅⴼ", on), conjunctions ("ⴷ",
    # and; "ⵏⵖ", or), particles ("ⴰⴷ", future and "that", which had been a Tamazight story's tag; "ⴰⵔ",
    # "ⴷⴰ", "ⵓⵔ", not), relatives and "said" ("ⵍⵍⵉ", "ⵉⵙ", "ⵉⵏⵏⴰ", "ⵜⵏⵏⴰ").
    "zgh": """ⴷ ⵏ ⴳ ⵙ ⵉ ⴰⴷ ⵓⵔ ⴷⴰ ⵍⵍⵉ ⵖⵔ ⵙⴳ ⵣⴳ ⵉⵙ ⴰ ⵏⵏⴰ ⴰⵔ ⵏⵖ ⵎⴰ ⵅⴼ ⴼ ⵉⵏⵏⴰ ⵜⵏⵏⴰ ⵏⵏⴰⵏ""",
}
# Hindi and Urdu as readers type them in Latin letters (Hindustani: "Dilli mein aaj subah se bhari baarish
# ho rahi hai"), which detection names Hindi or Urdu: their postpositions, auxiliaries, conjunctions and
# pronouns as romanized, which had been such a paste's tags ("hai", "mein").
_ROMANIZED_HINDUSTANI_STOPWORDS = """hai hain mein me se ki ke ka ko ne par pe tak ho hua hui hue hoga hogi
honge aur ya bhi hi to na nahi nahin yeh ye woh wo is us in un jo jab tab tha thi the raha rahi rahe
rahega rahegi gaya gayi gaye kar karne karte kiya kiye kaha kehna wala wali wale diya di liye liya sakta
sakti sakte baad pehle saath aaj kal do teen ek"""
for _language in ("hi", "ur"):
    _EXTRA_STOPWORDS[_language] += " " + _ROMANIZED_HINDUSTANI_STOPWORDS
# The prefixes written onto a word that each listed Arabic or Hebrew word is listed with as well: "and",
# "so", "that" ("وقالت", "فقال", "ואמר", "שאמר", "כשאמר").
_PREFIXED = {"ar": ("و", "ف"), "he": ("ו", "ש", "כש")}


@cache
def stopwords(language: str) -> frozenset[str]:
    """The stopword set for an ISO 639-1 code (empty for a language without a list)."""
    import stopwordsiso

    listed = set(_EXTRA_STOPWORDS.get(language, "").split())
    listed.update([prefix + word for prefix in _PREFIXED.get(language, ()) for word in listed])
    listed_as = _LISTED_AS.get(language, language)
    if stopwordsiso.has_lang(listed_as):
        # stopwords-iso writes some Thai words with sara am in two code points ("ทํา", the compatibility
        # decomposition), Thai text writes it as one ("ทำ", make).
        listed.update(w.lower().replace("\u0e4d\u0e32", "\u0e33") for w in stopwordsiso.stopwords(listed_as))
    if language == "sr":
        listed.update([_serbian_cyrillic(word) for word in listed])
    elif language == "ro":
        # stopwords-iso writes Romanian's ș and ț with a cedilla (ş, ţ), as texts typed before Unicode
        # gave them; texts now mostly write the comma below ("și", and, had been a tag), some still the
        # cedilla: every word is listed in both.
        listed.update([word.translate(spelling) for word in listed for spelling in _ROMANIAN_SPELLINGS])
    return frozenset(with_typographic_apostrophes(listed))


# Serbian's and Bosnian's stopwords are Croatian's list's (see _EXTRA_STOPWORDS): the same words but for
# a few spellings, and stopwords-iso has no list for either ("je", is, and "do", until, had been a Sarajevo
# tram story's tags); Asturian's are Spanish's with its own spellings beside them. Malay's are Indonesian's
# and Malaysia's own spellings of them: stopwords-iso's Malay list is a business wire's commonest words,
# "kerajaan" (government), "pekerja" (workers), "kenaikan" (a rise), "polis", "sawit" (palm oil), "harga"
# (price), "Malaysia" among them, and a wage story lost its wage rise and its workers as tags.
_LISTED_AS = {"sr": "hr", "bs": "hr", "ms": "id", "ast": "es"}


# A stopword list this long ends a text's runs of content words where a reader would: stopwords-iso's
# lists run from 29 words (Zulu) to over a thousand, and those under a hundred (Armenian 45, Estonian 35,
# Swahili 74) or nutgraf's own few dozen (Georgian, Punjabi) leave most of a clause in one run.
_FULL_STOPWORD_LIST = 100


def has_stopword_list(language: str) -> bool:
    """Whether ``language`` has a stopword list long enough to end its runs of content words as a reader
    would (:data:`_FULL_STOPWORD_LIST` words or more), not a few dozen words or none."""
    return len(stopwords(language)) >= _FULL_STOPWORD_LIST


_ROMANIAN_SPELLINGS = (str.maketrans("şţŞŢ", "șțȘȚ"), str.maketrans("șțȘȚ", "şţŞŢ"))
_SERBIAN_DIGRAPHS = (("lj", "љ"), ("nj", "њ"), ("dž", "џ"))
_SERBIAN_LETTERS = str.maketrans("abcčćdđefghijklmnoprsštuvzž", "абцчћдђефгхијклмнопрсштувзж")


def _serbian_cyrillic(word: str) -> str:
    """A Serbian word in the Latin alphabet written in Cyrillic ("biće" is "биће")."""
    for latin, cyrillic in _SERBIAN_DIGRAPHS:
        word = word.replace(latin, cyrillic)
    return word.translate(_SERBIAN_LETTERS)


def with_typographic_apostrophes(words: set[str]) -> set[str]:
    """``words`` and, for each written with a straight apostrophe ("didn't"), the same word with the
    typographic one ("didn’t") that published text mostly sets."""
    return words | {w.replace("'", "’") for w in words if "'" in w}


# The commonest function words of each language, written out for detection: the stopword lists are
# too long for it (English's holds every single letter, Spanish's every digit) and overlap heavily.
# Words listed for more than one language are dropped from all of them (see detection's lexicon): the
# Scandinavian "i" ("in") is listed so, else it counted as Polish's "i" ("and") in Swedish or Norwegian.
DETECTION_WORDS = {
    "en": """the of and to in is that for it was on with he as his by at from are this be have has had not
        but they which were said will would been who their its an or we she her been than also after""",
    "de": """der die das und ist nicht mit sich des den dem ein eine einer zu auf für von im auch es sie er
        wir werden wird hat haben wurde nach bei noch über aus oder wie dass sind war einen aber""",
    "fr": """le la les des du et est une un dans pour que qui pas sur au aux avec ce cette il elle sont plus
        par ont été mais son ses leur nous ne se été qu où aussi""",
    "es": """el la los las del que y en un una por con para es se no su sus al como más pero fue ha han
        sobre este esta entre también muy lo le ya a""",
    "it": """il la le di che è e un una per con non del della dei delle gli nel nella sono alla al da ha
        anche come più ma questo questa essere stato si lo a""",
    "pt": """o a os as do da dos das que e em um uma para com não no na nos nas por se foi ao mais como mas
        ele ela também é são pelo pela já""",
    "nl": """de het een en van in is dat op te met voor zijn niet die aan er ook als bij door maar wordt werd
        heeft hebben naar uit nog""",
    "pl": """i w z na się nie to że do jest jak o po co ale od przez dla jego jej są był była było tak już
        oraz przy także który która które może tym""",
    "sv": """och att det som en på är av för med till den har de inte om ett var jag men från han hon sig kan
        vid efter också i""",
    "da": """og at det som en på er af for med til den har de ikke om et var jeg men fra han hun sig kan ved
        efter også i""",
    "no": """og at det som en på er av for med til den har de ikke om et var jeg men fra han hun seg kan ved
        etter også i""",
    "fi": """ja on ei se että oli hän mutta kun myös sen ovat tai joka jos kuin nyt vain niin hänen ole""",
    # Indonesian is listed so that its text is not Italian's: a wire dense in
    # "di" ("at", "in"), which Italian's list holds, read as Italian. Not "di", nor "para" (Spanish's and
    # Portuguese's): a word of two lists counts for neither.
    "id": """yang dan untuk dengan tidak ini itu dari pada akan dalam ke juga oleh telah adalah sebagai atau
        karena bahwa sudah tersebut mereka""",
}


@cache
def function_words(language: str) -> frozenset[str]:
    """The few dozen commonest function words of a language ("the", "of", "und"): a short list, unlike
    :func:`stopwords` (empty for a language without one)."""
    return frozenset(DETECTION_WORDS.get(language, "").split())
