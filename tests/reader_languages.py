"""News stories in the languages readers write in that nutgraf detects but had handled worst (Swahili, Hausa,
Tagalog, Malay, Vietnamese, Ukrainian, Kazakh, Uzbek, Azerbaijani, Hebrew, Urdu, Bengali, Marathi,
Amharic, Khmer; and Tigrinya, which nutgraf read as Amharic), written for tests/test_reader_languages.py
in the style of each country's outlets, with what a reader should get written down before nutgraf was
run on them: the language, the sentences as the language's own full stops end them, the story's subject
among its first five tags, the function words no tag may be, and the words a reader counts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    """A story as pasted (its headline, a blank line, its paragraphs), with what a reader expects of it."""

    language: str
    text: str
    sentences: tuple[str, ...]  # the body's sentences, each one of nutgraf's
    subject: str  # letters of a tag among the first five (case aside)
    function_words: frozenset[str]  # words of the story no tag may be
    words: int | None  # Khmer's words, a reader's estimate (the others': the words between their spaces)


def _story(
    language: str,
    headline: str,
    sentences: tuple[str, ...],
    subject: str,
    function_words: str,
    words: int | None = None,
) -> Story:
    return Story(
        language,
        f"{headline}\n\n{' '.join(sentences)}",
        sentences,
        subject,
        frozenset(function_words.split()),
        words,
    )


STORIES = {
    "sw": _story(
        "sw",
        "Serikali yatangaza mradi mpya wa maji safi jijini Dodoma",
        (
            "Serikali ya Tanzania imetangaza mradi wa kujenga mabomba mapya ya maji safi katika jiji la Dodoma.",
            "Waziri wa Maji, Jumaa Aweso, alisema mradi huo utagharimu shilingi bilioni 120 na utakamilika"
            " mwaka 2027.",
            "Zaidi ya wakazi laki tano wanatarajiwa kunufaika na huduma hiyo.",
            "Kwa sasa wakazi wengi wa Dodoma hupata maji mara mbili tu kwa wiki.",
            "Wananchi wameupokea mradi huo kwa furaha, lakini baadhi yao wameiomba serikali kuharakisha kazi hiyo.",
        ),
        "maji",
        "na wa ya la huo hiyo kwa alisema zaidi sasa mwaka lakini tu yao mara",
    ),
    "ha": _story(
        "ha",
        "Gwamnati ta kaddamar da rigakafin shan inna a jihohin Arewa",
        (
            "Gwamnatin Tarayya ta kaddamar da shirin rigakafin cutar shan inna a jihohi goma sha biyu na Arewa.",
            "Ministan Lafiya ya ce za a yi wa yara miliyan takwas allurar rigakafi cikin mako guda.",
            "Ya kuma bukaci iyaye su kai 'ya'yansu cibiyoyin lafiya mafi kusa.",
            "Jami'an lafiya sun ce an samu karuwar masu kamuwa da cutar a bana.",
            "Kungiyar Lafiya ta Duniya ta ba da tallafin alluran rigakafi miliyan goma.",
        ),
        "rigakafi",
        "da ta ya za cikin kuma ce sun an su wa na mafi masu",
    ),
    "tl": _story(
        "tl",
        "Bagong tren mula Maynila hanggang Clark, bibiyahe na sa Enero",
        (
            "Inanunsyo ng Department of Transportation na magsisimula na sa Enero ang operasyon ng bagong linya"
            " ng tren mula Maynila hanggang Clark.",
            "Ayon kay Kalihim Jaime Bautista, aabot sa 50,000 pasahero ang maisasakay ng tren bawat araw.",
            "Mula sa tatlong oras, magiging isang oras na lamang ang biyahe.",
            "Sinabi rin ng kalihim na magiging mura ang pamasahe para sa mga estudyante at senior citizen.",
            "Matagal nang hinihintay ng mga taga-Pampanga ang proyekto.",
        ),
        "tren",
        "ng sa ang na mga ayon sinabi rin lamang kay para mula at magiging",
    ),
    "ms": _story(
        "ms",
        "Gaji minimum dinaikkan kepada RM1,700 mulai Februari",
        (
            "Kerajaan akan menaikkan gaji minimum pekerja kepada RM1,700 sebulan mulai 1 Februari tahun depan.",
            "Menteri Sumber Manusia berkata keputusan itu dibuat selepas rundingan dengan majikan dan kesatuan"
            " sekerja.",
            "Kira-kira 4.3 juta pekerja dijangka menerima manfaat daripada kenaikan gaji tersebut.",
            "Persekutuan Majikan-Majikan Malaysia meminta tempoh peralihan enam bulan bagi syarikat kecil.",
            "Kesatuan sekerja pula menyifatkan kenaikan itu sebagai langkah yang lama dinanti.",
        ),
        "gaji",
        "akan itu berkata tersebut pula kepada daripada dengan dan bagi yang sebagai",
    ),
    "vi": _story(
        "vi",
        "Số ca sốt xuất huyết tăng gần gấp đôi",
        (
            "Bộ Y tế cho biết số ca mắc sốt xuất huyết trên cả nước đã tăng gần gấp đôi so với cùng kỳ năm ngoái.",
            "Riêng Hà Nội ghi nhận hơn 12.000 ca bệnh từ đầu năm, trong đó có ba trường hợp tử vong.",
            "Các chuyên gia khuyến cáo người dân diệt lăng quăng và ngủ màn để phòng bệnh.",
            "Ngành y tế Hà Nội đã triển khai chiến dịch phun thuốc diệt muỗi tại 30 quận, huyện.",
            "Bệnh viện Bạch Mai cho biết số bệnh nhân nhập viện vì sốt xuất huyết tăng mạnh trong tháng này.",
        ),
        "sốt xuất huyết",
        "cho biết đã và các trong của tại này so với",
    ),
    "uk": _story(
        "uk",
        "Київрада ухвалила будівництво метро на Троєщину",
        (
            "Київська міська рада ухвалила рішення про будівництво нової лінії метро на Троєщину.",
            "Перші чотири станції мають відкрити у 2028 році, повідомили в мерії.",
            "Вартість першого етапу оцінюють у 18 мільярдів гривень.",
            "Мешканці Троєщини десятиліттями чекають на метро, адже зараз дорога до центру міста займає понад"
            " годину.",
            "Кошти на будівництво планують залучити з міського бюджету та від міжнародних кредиторів.",
        ),
        "метро",
        "на у про та від мають повідомили адже зараз понад до в з",
    ),
    "kk": _story(
        "kk",
        "Алматыда метроның жаңа бекеттері салынады",
        (
            "Алматыда жаңа метро бекеттерінің құрылысы басталды.",
            "Бұл туралы қала әкімдігінің баспасөз қызметі хабарлады.",
            "Жобаға сәйкес, метроның екінші желісі бойынша төрт бекет салынады.",
            "Құрылыс жұмыстары 2027 жылдың соңына дейін аяқталуы тиіс.",
            "Қала тұрғындары метро желісінің кеңеюі көлік кептелісін азайтады деп үміттенеді.",
        ),
        "метро",
        "бұл туралы бойынша дейін деп жаңа хабарлады сәйкес тиіс",
    ),
    "uz": _story(
        "uz",
        "Samarqand aeroportida yangi terminal ochildi",
        (
            "Samarqand viloyatida yangi xalqaro aeroport terminali foydalanishga topshirildi.",
            "Terminal soatiga 1500 nafar yo'lovchiga xizmat ko'rsatadi.",
            "Viloyat hokimligi ma'lumotiga ko'ra, loyihaga 120 million dollar sarflangan.",
            "Yangi terminal orqali Samarqandga keladigan sayyohlar soni ikki baravar oshishi kutilmoqda.",
            "Hozirda aeroportdan 20 ta xorijiy shaharga muntazam reyslar amalga oshirilmoqda.",
        ),
        "terminal",
        "yangi orqali ko'ra bilan va ta hozirda",
    ),
    "az": _story(
        "az",
        "Gəncədə yeni uşaq xəstəxanası tikilib",
        (
            "Gəncədə yeni uşaq xəstəxanasının tikintisi başa çatıb.",
            "Xəstəxana 250 çarpayılıq olacaq və müasir tibbi avadanlıqla təchiz edilib.",
            "Səhiyyə Nazirliyinin məlumatına görə, xəstəxana sentyabr ayından xəstələri qəbul edəcək.",
            "Tikintiyə dövlət büdcəsindən 60 milyon manat vəsait ayrılıb.",
            "Bölgənin sakinləri indiyədək uşaqlarını müalicə üçün Bakıya aparmalı olurdular.",
        ),
        "xəstəxana",
        "yeni görə üçün və olacaq edilib",
    ),
    "he": _story(
        "he",
        "הרכבת הקלה בחיפה תיפתח בחודש הבא",
        (
            "עיריית חיפה הודיעה היום כי קו הרכבת הקלה החדש ייפתח לנוסעים בחודש הבא.",
            "הקו יחבר בין מרכז העיר לבין הקריות, ויעבור דרך 22 תחנות.",
            "לדברי העירייה, הרכבת תסיע כ-80 אלף נוסעים ביום.",
            "תושבים רבים התלוננו בשנים האחרונות על פקקי תנועה קשים בכניסה לעיר.",
            "משרד התחבורה השקיע בפרויקט כשלושה מיליארד שקלים.",
        ),
        "רכבת",
        "הודיעה היום לדברי כי בין על דרך",
    ),
    "ur": _story(
        "ur",
        "لاہور میں نئی الیکٹرک بسیں چلانے کا اعلان",
        (
            "پنجاب حکومت نے لاہور میں نئی الیکٹرک بسیں چلانے کا اعلان کیا ہے۔",
            "وزیر ٹرانسپورٹ کے مطابق پہلے مرحلے میں 100 بسیں شہر کی سڑکوں پر آئیں گی۔",
            "ان بسوں کا کرایہ عام بسوں کے برابر رکھا جائے گا۔",
            "شہریوں نے اس منصوبے کا خیرمقدم کیا ہے لیکن بسوں کی تعداد بڑھانے کا مطالبہ بھی کیا ہے۔",
            "حکومت کا کہنا ہے کہ اگلے سال مزید 200 بسیں خریدی جائیں گی۔",
        ),
        "بس",
        "میں کا نے کے مطابق لیکن جائے گی گا کی ہے کیا بھی اس ان کہ",
    ),
    "bn": _story(
        "bn",
        "ঢাকায় মেট্রোরেলের নতুন লাইনের কাজ শুরু",
        (
            "ঢাকায় মেট্রোরেলের নতুন লাইনের নির্মাণকাজ শুরু হয়েছে।",
            "প্রকল্পটি বাস্তবায়নে ব্যয় ধরা হয়েছে প্রায় ৫২ হাজার কোটি টাকা।",
            "সড়ক পরিবহনমন্ত্রী বলেছেন, ২০২৮ সালের মধ্যে লাইনটি চালু করা হবে।",
            "নতুন লাইনে প্রতিদিন প্রায় আট লাখ যাত্রী চলাচল করতে পারবেন।",
            "রাজধানীর যানজট কমাতে এই প্রকল্প গুরুত্বপূর্ণ ভূমিকা রাখবে বলে আশা করছেন বিশেষজ্ঞরা।",
        ),
        "মেট্রোরেল",
        "হয়েছে প্রায় বলেছেন এই করা হবে বলে মধ্যে",
    ),
    "mr": _story(
        "mr",
        "पुण्यासाठी नवीन पाणीपुरवठा योजना जाहीर",
        (
            "पुणे महानगरपालिकेने शहरासाठी नवीन पाणीपुरवठा योजना जाहीर केली आहे.",
            "या योजनेसाठी सुमारे ८०० कोटी रुपये खर्च येणार आहे.",
            "योजनेमुळे शहरातील १५ लाख नागरिकांना दररोज पाणी मिळेल, असे आयुक्तांनी सांगितले.",
            "सध्या शहराच्या अनेक भागांत एक दिवसाआड पाणीपुरवठा होतो.",
            "हे काम दोन वर्षांत पूर्ण होईल, अशी अपेक्षा आहे.",
        ),
        "पाणीपुरवठा",
        "आहे या असे सांगितले सुमारे अशी हे केली सध्या",
    ),
    "am": _story(
        "am",
        "ብሔራዊ ባንክ አዲስ የብር ኖቶችን ሊያሳትም ነው",
        (
            "የኢትዮጵያ ብሔራዊ ባንክ አዲስ የብር ኖቶችን ለማሳተም መወሰኑን አስታውቋል።",
            "ባንኩ እንዳለው አዲሶቹ ኖቶች ከሚቀጥለው ወር ጀምሮ ወደ ገበያ ይገባሉ።",
            "የባንኩ ገዥ አዲሶቹ ኖቶች ሐሰተኛ ገንዘብን ለመከላከል ያግዛሉ ብለዋል።",
            "ነዋሪዎች ያላቸውን አሮጌ ኖቶች በሦስት ወራት ውስጥ በባንኮች መቀየር ይችላሉ።",
            "ባለሙያዎች ውሳኔው የዋጋ ንረትን ለመቆጣጠር ይረዳል ብለዋል።",
        ),
        "ኖቶች",
        "ብለዋል አስታውቋል ውስጥ ወደ ጀምሮ እንዳለው",
    ),
    "km": _story(
        "km",
        "យុទ្ធនាការចាក់វ៉ាក់សាំងការពារជំងឺកញ្ជ្រឹលនឹងចាប់ផ្តើម",
        (
            "ក្រសួងសុខាភិបាលបានប្រកាសថា យុទ្ធនាការចាក់វ៉ាក់សាំងការពារជំងឺកញ្ជ្រឹលនឹងចាប់ផ្តើមនៅថ្ងៃច័ន្ទក្រោយ។",
            "កុមារជាង៥០ម៉ឺននាក់នៅទូទាំងប្រទេសនឹងទទួលបានវ៉ាក់សាំងដោយឥតគិតថ្លៃ។",
            "មន្ត្រីក្រសួងបានអំពាវនាវឱ្យឪពុកម្តាយនាំកូនទៅមណ្ឌលសុខភាពដែលនៅជិតបំផុត។",
            "ឆ្នាំនេះ ករណីជំងឺកញ្ជ្រឹលបានកើនឡើងនៅខេត្តមួយចំនួន។",
        ),
        "វ៉ាក់សាំង",
        "បាន នឹង នៅ ដែល និង",
        56,
    ),
    # Tigrinya (the fourth languages round): an Eritrean ministry's water project for Asmara, as Hadas
    # Eritrea sets such a story. Its script is Amharic's, which the classifier alone knows.
    "ti": _story(
        "ti",
        "ኣብ ኣስመራ ሓድሽ ፕሮጀክት ማይ ተጀሚሩ",
        (
            "ሚኒስትሪ መሬት፡ ማይን ከባቢን ኣብ ኣስመራ ሓድሽ ፕሮጀክት ማይ ከም ዝጀመረ ኣፍሊጡ።",
            "እቲ ፕሮጀክት ንልዕሊ 200 ሽሕ ነበርቲ ከተማ ጽሩይ ማይ ከቕርብ እዩ።",
            "ሚኒስተር ማይ ኣብ ዝሃቦ መግለጺ፡ ስራሕ ኣብ ክልተ ዓመት ክውዳእ እዩ ኢሉ።",
            "ነበርቲ ከተማ ብዜና ፕሮጀክት ማይ ተሓጒሶም።",
            "ሕጂ ብዙሓት ስድራቤታት ማይ ኣብ ሰሙን ክልተ ግዜ ጥራይ እዮም ዝረኽቡ።",
        ),
        "ማይ",
        "ኣብ እዩ እዮም እቲ ከም ኢሉ ሓድሽ ክልተ ኣፍሊጡ",
    ),
}
