namespace Itinera.Web.Features.Demo;

/// <summary>One name in its usual Latin spelling and, for non-Latin-script countries, its original script.</summary>
internal readonly record struct NameForm(string Latin, string? Script);

internal enum NamingStyle
{
    /// <summary>Given names + family name.</summary>
    Western,

    /// <summary>Given name (+ father's name) + family name, often with al-/abu/ben particles.</summary>
    Arab,

    /// <summary>Like Arab, but a single name is recorded for some persons.</summary>
    Afghan,

    /// <summary>Given name + father's name as surname (Eritrea, Ethiopia, Somalia).</summary>
    Patronymic,

    /// <summary>Family name has a feminine form (Ivanov / Ivanova, Kovalskyi / Kovalska).</summary>
    EastSlavic,

    /// <summary>Family name first and no space in the original script.</summary>
    Chinese,

    /// <summary>Two family names (paternal + maternal).</summary>
    Hispanic,
}

/// <summary>
/// Names of one country (or a group sharing a tradition). Tables are written as
/// <c>Latin=Script|Latin=Script|…</c> (or just <c>Latin|Latin</c> for Latin-script countries)
/// and parsed once.
/// </summary>
internal sealed class NamePool
{
    public NamePool(
        NamingStyle style,
        string male,
        string female,
        string surnames,
        double doubleGivenShare = 0,
        double compoundSurnameShare = 0)
    {
        Style = style;
        Male = Parse(male);
        Female = Parse(female);
        Surnames = surnames.Length == 0 ? Male : Parse(surnames);
        DoubleGivenShare = doubleGivenShare;
        CompoundSurnameShare = compoundSurnameShare;
    }

    public NamingStyle Style { get; }

    public NameForm[] Male { get; }

    public NameForm[] Female { get; }

    /// <summary>For <see cref="NamingStyle.Patronymic"/> this is the male table (father's names).</summary>
    public NameForm[] Surnames { get; }

    /// <summary>Share of persons with two given names (or, for Arab naming, given name + father's name).</summary>
    public double DoubleGivenShare { get; }

    /// <summary>Share of persons with a compound surname (Congolese nom + postnom, Hispanic double surname…).</summary>
    public double CompoundSurnameShare { get; }

    private static NameForm[] Parse(string table)
    {
        var entries = table.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = new NameForm[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var e = entries[i];
            var eq = e.IndexOf('=', StringComparison.Ordinal);
            result[i] = eq < 0 ? new NameForm(e, null) : new NameForm(e[..eq], e[(eq + 1)..]);
        }

        return result;
    }
}

/// <summary>The name tables. Latin spellings follow what Belgian files usually contain for each country.</summary>
internal static class SyntheticNames
{
    // ---------------------------------------------------------------- Arabic (Levant, Iraq)
    private const string LevantMale =
        "Mohammad=محمد|Ahmad=أحمد|Mahmoud=محمود|Mustafa=مصطفى|Omar=عمر|Ali=علي|Hassan=حسن|Hussein=حسين|" +
        "Khaled=خالد|Ibrahim=إبراهيم|Yousef=يوسف|Abdullah=عبدالله|Abdulrahman=عبدالرحمن|Ammar=عمار|Bilal=بلال|" +
        "Fadi=فادي|Hamza=حمزة|Jamal=جمال|Karim=كريم|Majd=مجد|Rami=رامي|Saleh=صالح|Samer=سامر|Tareq=طارق|" +
        "Walid=وليد|Ziad=زياد|Adnan=عدنان|Anas=أنس|Firas=فراس|Issa=عيسى|Qusai=قصي|Yahya=يحيى|Haidar=حيدر|" +
        "Abbas=عباس|Mohannad=مهند|Osama=أسامة|Nabil=نبيل|Salim=سليم";

    private const string LevantFemale =
        "Fatima=فاطمة|Aisha=عائشة|Mariam=مريم|Noor=نور|Rana=رنا|Reem=ريم|Lina=لينا|Hala=هالة|Huda=هدى|Amal=أمل|" +
        "Asmaa=أسماء|Rasha=رشا|Sara=سارة|Yasmin=ياسمين|Zainab=زينب|Layla=ليلى|Nadia=نادية|Rania=رانيا|Samar=سمر|" +
        "Dima=ديما|Ghada=غادة|Hiba=هبة|Inas=إيناس|Jana=جنى|Lama=لمى|Malak=ملاك|Nisreen=نسرين|Rawan=روان|" +
        "Shahd=شهد|Wafaa=وفاء|Khadija=خديجة|Batoul=بتول|Aya=آية|Manal=منال|Suha=سهى";

    private const string SyrianSurnames =
        "al-Ahmad=الأحمد|al-Hassan=الحسن|al-Ali=العلي|al-Khalil=الخليل|al-Halabi=الحلبي|al-Hamwi=الحموي|" +
        "al-Homsi=الحمصي|al-Shami=الشامي|al-Hariri=الحريري|al-Khatib=الخطيب|al-Sayed=السيد|Haddad=حداد|" +
        "Khoury=خوري|Kurdi=كردي|al-Zoubi=الزعبي|al-Hussein=الحسين|Abdullah=عبدالله|Othman=عثمان|Sheikho=شيخو|" +
        "Ibrahim=إبراهيم|al-Mohammad=المحمد|Darwish=درويش|Kassem=قاسم|Najjar=نجار|Sabbagh=صباغ|al-Rifai=الرفاعي|" +
        "Abu Zeid=أبو زيد|Abu Hamad=أبو حمد|al-Abdullah=العبدالله|Hamdan=حمدان|Mansour=منصور|Jaber=جابر|" +
        "al-Omar=العمر|Suleiman=سليمان|Bakkour=بكور|Hammoud=حمود|al-Jasem=الجاسم|al-Issa=العيسى|Bitar=بيطار|" +
        "Attar=عطار|al-Masri=المصري|Hamo=حمو";

    private const string PalestinianSurnames =
        "Abu Shaban=أبو شعبان|Abu Khalil=أبو خليل|al-Najjar=النجار|Abu Samra=أبو سمرة|Shaath=شعث|" +
        "Abu Daqqa=أبو دقة|al-Astal=الأسطل|Abu Taha=أبو طه|al-Barghouti=البرغوثي|al-Tamimi=التميمي|" +
        "Hijazi=حجازي|al-Khalidi=الخالدي|al-Husseini=الحسيني|al-Shawa=الشوا|al-Sarraj=السراج|" +
        "Abu Jaber=أبو جابر|Abu Shamala=أبو شمالة|Abu Mustafa=أبو مصطفى|al-Farra=الفرا|Abu Sitta=أبو ستة|" +
        "Abu Ramadan=أبو رمضان|Helles=حلس|Qishta=قشطة|Abu Zaid=أبو زيد|Jaradat=جرادات|Dweik=دويك|Ayyad=عياد|" +
        "al-Agha=الآغا|Ashour=عاشور|Baroud=بارود|Shurrab=شراب|Zaqout=زقوت|Abu Amra=أبو عمرة|" +
        "Abu Nahel=أبو ناهل|Abu Mousa=أبو موسى|Awad=عوض|Siam=صيام|al-Masri=المصري|Hamdan=حمدان|" +
        "Mansour=منصور|Abu Hasna=أبو حسنة|Kuhail=كحيل";

    private const string IraqiSurnames =
        "al-Jubouri=الجبوري|al-Dulaimi=الدليمي|al-Obaidi=العبيدي|al-Tamimi=التميمي|al-Shammari=الشمري|" +
        "al-Zubaidi=الزبيدي|al-Saadi=السعدي|al-Musawi=الموسوي|al-Hashimi=الهاشمي|al-Khafaji=الخفاجي|" +
        "al-Rubaie=الربيعي|al-Maliki=المالكي|al-Bayati=البياتي|al-Azzawi=العزاوي|al-Janabi=الجنابي|" +
        "al-Kaabi=الكعبي|al-Lami=اللامي|al-Sudani=السوداني|Hamad=حمد|Abbas=عباس|Kadhim=كاظم|Jassim=جاسم|" +
        "Hussein=حسين|Mahmoud=محمود|Qadir=قادر|Rasul=رسول|Karim=كريم";

    // ---------------------------------------------------------------- Maghreb (French-style Latin)
    private const string MaghrebMale =
        "Mohamed=محمد|Ahmed=أحمد|Youssef=يوسف|Karim=كريم|Rachid=رشيد|Mustapha=مصطفى|Abdelkader=عبد القادر|" +
        "Said=سعيد|Hicham=هشام|Nabil=نبيل|Mehdi=مهدي|Yassine=ياسين|Hamza=حمزة|Bilal=بلال|Khalid=خالد|" +
        "Abdelaziz=عبد العزيز|Omar=عمر|Redouane=رضوان|Mourad=مراد|Farid=فريد|Sofiane=سفيان|Amine=أمين|" +
        "Ayoub=أيوب|Driss=إدريس|Hassan=حسن|Brahim=إبراهيم|Djamel=جمال|Noureddine=نور الدين|Abdelhak=عبد الحق|" +
        "Walid=وليد|Anouar=أنور|Soufiane=سفيان";

    private const string MaghrebFemale =
        "Fatima=فاطمة|Khadija=خديجة|Naima=نعيمة|Samira=سميرة|Nadia=نادية|Leila=ليلى|Malika=مليكة|Fatiha=فتيحة|" +
        "Souad=سعاد|Karima=كريمة|Zineb=زينب|Meriem=مريم|Amina=أمينة|Houda=هدى|Imane=إيمان|Sanaa=سناء|" +
        "Hafsa=حفصة|Salma=سلمى|Yasmina=ياسمينة|Nawal=نوال|Rachida=رشيدة|Latifa=لطيفة|Hayat=حياة|Soumaya=سمية|" +
        "Ikram=إكرام|Loubna=لبنى|Asmae=أسماء|Siham=سهام|Wafae=وفاء|Kenza=كنزة";

    private const string MoroccanSurnames =
        "Benali=بن علي|El Idrissi=الإدريسي|Alaoui=العلوي|El Amrani=العمراني|Bennani=بناني|Tazi=التازي|" +
        "Berrada=برادة|El Fassi=الفاسي|Benjelloun=بنجلون|Chraibi=الشرايبي|Lahlou=لحلو|Ziani=الزياني|" +
        "El Khattabi=الخطابي|Boutaleb=بوطالب|El Ouardi=الوردي|Azzouzi=العزوزي|Bouzid=بوزيد|" +
        "El Mansouri=المنصوري|Ait Ahmed=آيت أحمد|Ouahbi=الوهبي|Ben Moussa=بن موسى|El Hajji=الحاجي|" +
        "Belhaj=بلحاج|Abdellaoui=عبد اللاوي|Ouazzani=الوزاني|Boukhari=البخاري|Cherkaoui=الشرقاوي|" +
        "El Bouazzaoui=البوعزاوي|Haddouchi=حدوشي|Ben Abdeslam=بن عبد السلام";

    private const string AlgerianSurnames =
        "Benali=بن علي|Boudiaf=بوضياف|Belkacem=بلقاسم|Mansouri=منصوري|Hamidi=حميدي|Saadi=سعدي|" +
        "Benaissa=بن عيسى|Khelifi=خليفي|Boumediene=بومدين|Benchikh=بن الشيخ|Zerrouki=زروقي|Bouaziz=بوعزيز|" +
        "Mebarki=مباركي|Haddad=حداد|Brahimi=براهيمي|Belaid=بلعيد|Cherif=شريف|Rahmani=رحماني|" +
        "Benyahia=بن يحيى|Bensalem=بن سالم|Touati=تواتي|Kaci=قاسي|Larbi=العربي|Meziane=مزيان|Djebbar=جبار|" +
        "Boukhalfa=بوخلفة|Belhadj=بلحاج|Slimani=سليماني";

    // ---------------------------------------------------------------- Afghanistan (Dari/Pashto)
    private const string AfghanMale =
        "Mohammad=محمد|Ahmad=احمد|Ali=علی|Hamid=حمید|Rahim=رحیم|Karim=کریم|Nasir=ناصر|Naveed=نوید|Farid=فرید|" +
        "Jawad=جواد|Abdullah=عبدالله|Hekmatullah=حکمت الله|Rahmatullah=رحمت الله|Zabihullah=ذبیح الله|" +
        "Naqibullah=نقیب الله|Sayed=سید|Mustafa=مصطفی|Hassan=حسن|Hussain=حسین|Omid=امید|Sohrab=سهراب|" +
        "Bilal=بلال|Jamshid=جمشید|Shafiq=شفیق|Wahid=وحید|Yama=یما|Khalid=خالد|Najib=نجیب|Rashid=رشید|" +
        "Ismail=اسماعیل|Amanullah=امان الله|Noorullah=نورالله|Samiullah=سمیع الله|Mirwais=میرویس";

    private const string AfghanFemale =
        "Fatima=فاطمه|Zahra=زهرا|Maryam=مریم|Marzia=مرضیه|Sakina=سکینه|Nadia=نادیه|Habiba=حبیبه|Shabana=شبانه|" +
        "Farzana=فرزانه|Roya=رویا|Mursal=مرسل|Mahbooba=محبوبه|Parwana=پروانه|Laila=لیلا|Nargis=نرگس|" +
        "Shukria=شکریه|Zainab=زینب|Malalai=ملالی|Frishta=فرشته|Gulalai=گلالی|Nazila=نازیله|Khadija=خدیجه|" +
        "Masooma=معصومه|Sima=سیما|Soraya=ثریا|Tahmina=تهمینه|Wahida=وحیده|Zarghona=زرغونه|Hamida=حمیده|" +
        "Anisa=انیسه|Sahar=سحر";

    private const string AfghanSurnames =
        "Ahmadi=احمدی|Rahimi=رحیمی|Hakimi=حکیمی|Sultani=سلطانی|Noori=نوری|Karimi=کریمی|Safi=صافی|" +
        "Stanikzai=ستانکزی|Ahmadzai=احمدزی|Popal=پوپل|Wardak=وردک|Hotak=هوتک|Mohammadi=محمدی|Hussaini=حسینی|" +
        "Rezaie=رضایی|Jafari=جعفری|Haidari=حیدری|Sadat=سادات|Amiri=امیری|Niazi=نیازی|Mangal=منگل|" +
        "Zadran=ځدراڼ|Shinwari=شینواری|Khan=خان|Samadi=صمدی|Azizi=عزیزی|Habibi=حبیبی|Nazari=نظری|" +
        "Qaderi=قادری|Rahmani=رحمانی|Sharifi=شریفی|Faizi=فیضی|Yousufzai=یوسفزی|Wahidi=وحیدی|Sediqi=صدیقی|" +
        "Nawabi=نوابی|Hamidi=حمیدی|Barakzai=بارکزی|Durrani=درانی|Alokozai=الکوزی|Mohammadzai=محمدزی";

    // ---------------------------------------------------------------- Iran (Persian)
    private const string IranianMale =
        "Mohammad=محمد|Ali=علی|Hossein=حسین|Reza=رضا|Mehdi=مهدی|Amir=امیر|Hamid=حمید|Saeed=سعید|Majid=مجید|" +
        "Behnam=بهنام|Arash=آرش|Babak=بابک|Dariush=داریوش|Farhad=فرهاد|Hamed=حامد|Javad=جواد|Kamran=کامران|" +
        "Mahmoud=محمود|Masoud=مسعود|Morteza=مرتضی|Navid=نوید|Omid=امید|Payam=پیام|Pouya=پویا|Saman=سامان|" +
        "Siavash=سیاوش|Vahid=وحید|Yousef=یوسف|Ehsan=احسان|Kourosh=کوروش";

    private const string IranianFemale =
        "Fatemeh=فاطمه|Zahra=زهرا|Maryam=مریم|Sara=سارا|Narges=نرگس|Leila=لیلا|Mahsa=مهسا|Nazanin=نازنین|" +
        "Shirin=شیرین|Parisa=پریسا|Elham=الهام|Mina=مینا|Neda=ندا|Samira=سمیرا|Azadeh=آزاده|Fereshteh=فرشته|" +
        "Roya=رویا|Shadi=شادی|Yasaman=یاسمن|Zeynab=زینب|Niloufar=نیلوفر|Golnaz=گلناز|Somayeh=سمیه|" +
        "Tahereh=طاهره|Mahnaz=مهناز|Parvaneh=پروانه|Setareh=ستاره|Ladan=لادن|Marjan=مرجان|Atefeh=عاطفه";

    private const string IranianSurnames =
        "Mohammadi=محمدی|Hosseini=حسینی|Ahmadi=احمدی|Rezaei=رضایی|Moradi=مرادی|Karimi=کریمی|Jafari=جعفری|" +
        "Rahimi=رحیمی|Heidari=حیدری|Ghasemi=قاسمی|Sadeghi=صادقی|Mousavi=موسوی|Hashemi=هاشمی|Akbari=اکبری|" +
        "Ebrahimi=ابراهیمی|Najafi=نجفی|Amini=امینی|Kazemi=کاظمی|Bagheri=باقری|Alizadeh=علیزاده|Rostami=رستمی|" +
        "Salehi=صالحی|Soltani=سلطانی|Tehrani=تهرانی|Esfahani=اصفهانی|Shirazi=شیرازی|Nouri=نوری|" +
        "Ghorbani=قربانی|Zare=زارع|Taheri=طاهری|Yazdani=یزدانی|Farahani=فراهانی|Abbasi=عباسی|Azizi=عزیزی|" +
        "Nazari=نظری|Asadi=اسدی|Kiani=کیانی|Rahmani=رحمانی|Jalali=جلالی|Safavi=صفوی";

    // ---------------------------------------------------------------- Eritrea (Tigrinya, Ge'ez)
    private const string EritreanMale =
        "Tesfay=ተስፋይ|Yonas=ዮናስ|Dawit=ዳዊት|Berhane=ብርሃነ|Tekle=ተኽለ|Mehari=መሓሪ|Gebremedhin=ገብረመድህን|" +
        "Haile=ሃይለ|Kidane=ኪዳነ|Tewelde=ተወልደ|Habte=ሃብተ|Ghebreyesus=ገብረየሱስ|Samuel=ሳሙኤል|Filmon=ፊልሞን|" +
        "Yohannes=ዮሃንስ|Mulugeta=ሙሉጌታ|Tesfamariam=ተስፋማርያም|Amanuel=ኣማኑኤል|Robel=ሮቤል|Biniam=ቢንያም|" +
        "Semere=ሰመረ|Efrem=ኤፍሬም|Michael=ሚካኤል|Goitom=ጎይትኦም|Isaias=ኢሳይያስ|Ermias=ኤርምያስ|Kibrom=ክብሮም|" +
        "Mussie=ሙሴ|Natnael=ናትናኤል|Abraham=ኣብርሃም|Solomon=ሰለሞን|Teklay=ተኽላይ|Weldu=ወልዱ|Idris=ኢድሪስ|" +
        "Osman=ዑስማን|Measho=መኣሾ|Tsegay=ጸጋይ|Ghirmay=ግርማይ";

    private const string EritreanFemale =
        "Selam=ሰላም|Helen=ሄለን|Senait=ሰናይት|Saba=ሳባ|Rahel=ራሄል|Hiwet=ሕይወት|Mebrat=መብራት|Tsega=ጸጋ|" +
        "Azieb=ኣዜብ|Freweyni=ፍረወይኒ|Lidia=ሊድያ|Winta=ዊንታ|Semhar=ሰምሃር|Yordanos=ዮርዳኖስ|Eden=ኤደን|" +
        "Mahlet=ማሕሌት|Ruth=ሩት|Luwam=ሉዋም|Meron=ሜሮን|Sara=ሳራ|Tigisti=ትዕግስቲ|Elsa=ኤልሳ|Nebiat=ነብያት|" +
        "Mizan=ሚዛን|Aster=ኣስቴር|Almaz=ኣልማዝ|Akberet=ኣኽበረት|Feven=ፌቨን|Tirhas=ትርሓስ|Hanna=ሃና|Bisrat=ብስራት";

    // ---------------------------------------------------------------- Ethiopia (Amharic, Ge'ez)
    private const string EthiopianMale =
        "Abebe=አበበ|Tadesse=ታደሰ|Getachew=ጌታቸው|Mulugeta=ሙሉጌታ|Solomon=ሰለሞን|Dawit=ዳዊት|Yohannes=ዮሐንስ|" +
        "Tesfaye=ተስፋዬ|Girma=ግርማ|Alemu=ዓለሙ|Bekele=በቀለ|Kebede=ከበደ|Hailu=ኃይሉ|Belay=በላይ|Fikru=ፍቅሩ";

    private const string EthiopianFemale =
        "Almaz=አልማዝ|Tigist=ትዕግስት|Meseret=መሠረት|Selamawit=ሰላማዊት|Birtukan=ብርቱካን|Mekdes=መቅደስ|" +
        "Aster=አስቴር|Hanna=ሐና|Bethlehem=ቤተልሔም|Meron=ሜሮን|Tsion=ጽዮን|Genet=ገነት|Hiwot=ሕይወት";

    // ---------------------------------------------------------------- Georgia
    private const string GeorgianMale =
        "Giorgi=გიორგი|Davit=დავით|Levan=ლევან|Irakli=ირაკლი|Nika=ნიკა|Zurab=ზურაბ|Aleksandre=ალექსანდრე|" +
        "Tornike=თორნიკე|Luka=ლუკა|Lasha=ლაშა|Giga=გიგა|Beka=ბექა|Mikheil=მიხეილ|Vakhtang=ვახტანგ|Gela=გელა|" +
        "Tengiz=თენგიზ|Shota=შოთა|Otar=ოთარ|Nodar=ნოდარ|Revaz=რევაზ|Temur=თემურ|Koba=კობა|Mamuka=მამუკა|" +
        "Sandro=სანდრო|Saba=საბა|Archil=არჩილ|Badri=ბადრი|Gocha=გოჩა|Paata=პაატა|Zviad=ზვიად|Gia=გია|Merab=მერაბ";

    private const string GeorgianFemale =
        "Nino=ნინო|Tamar=თამარ|Mariam=მარიამ|Ana=ანა|Natia=ნათია|Eka=ეკა|Ketevan=ქეთევან|Nana=ნანა|Maia=მაია|" +
        "Salome=სალომე|Tamta=თამთა|Sopio=სოფიო|Manana=მანანა|Lela=ლელა|Irma=ირმა|Khatuna=ხათუნა|Nato=ნატო|" +
        "Marine=მარინე|Lia=ლია|Tinatin=თინათინ|Elene=ელენე|Keti=ქეთი|Lali=ლალი|Nona=ნონა|Teona=თეონა|Ia=ია|" +
        "Inga=ინგა|Rusudan=რუსუდან|Medea=მედეა|Tea=თეა|Nestan=ნესტან";

    private const string GeorgianSurnames =
        "Beridze=ბერიძე|Kapanadze=კაპანაძე|Gelashvili=გელაშვილი|Maisuradze=მაისურაძე|Giorgadze=გიორგაძე|" +
        "Lomidze=ლომიძე|Tsiklauri=წიკლაური|Bolkvadze=ბოლქვაძე|Kvaratskhelia=კვარაცხელია|Nozadze=ნოზაძე|" +
        "Abashidze=აბაშიძე|Khutsishvili=ხუციშვილი|Mikeladze=მიქელაძე|Tabatadze=ტაბატაძე|Kiknadze=კიკნაძე|" +
        "Chikhladze=ჩიხლაძე|Japaridze=ჯაფარიძე|Mchedlishvili=მჭედლიშვილი|Dolidze=დოლიძე|Meladze=მელაძე|" +
        "Tsertsvadze=ცერცვაძე|Chkheidze=ჩხეიძე|Gogia=გოგია|Shengelia=შენგელია|Jikia=ჯიქია|Gvaramia=გვარამია|" +
        "Nadiradze=ნადირაძე|Kobakhidze=კობახიძე|Kakhidze=კახიძე|Lominadze=ლომინაძე|Tsereteli=წერეთელი|" +
        "Javakhishvili=ჯავახიშვილი|Bakuradze=ბაკურაძე|Kalandadze=კალანდაძე|Gabunia=გაბუნია|" +
        "Tchanturia=ჭანტურია|Dvali=დვალი|Gurgenidze=გურგენიძე|Zhvania=ჟვანია|Kvirikashvili=კვირიკაშვილი|" +
        "Samkharadze=სამხარაძე";

    // ---------------------------------------------------------------- Russia (incl. North Caucasus), ICAO transliteration
    private const string RussianMale =
        "Aleksandr=Александр|Sergei=Сергей|Dmitrii=Дмитрий|Andrei=Андрей|Aleksei=Алексей|Maksim=Максим|" +
        "Ivan=Иван|Mikhail=Михаил|Nikolai=Николай|Vladimir=Владимир|Evgenii=Евгений|Pavel=Павел|Artem=Артём|" +
        "Igor=Игорь|Roman=Роман|Denis=Денис|Oleg=Олег|Viktor=Виктор|Anton=Антон|Kirill=Кирилл|" +
        "Magomed=Магомед|Ibragim=Ибрагим|Ramzan=Рамзан|Islam=Ислам|Adam=Адам|Khasan=Хасан|Movsar=Мовсар|" +
        "Zelimkhan=Зелимхан|Shamil=Шамиль|Aslan=Аслан|Rustam=Рустам|Akhmed=Ахмед";

    private const string RussianFemale =
        "Elena=Елена|Olga=Ольга|Tatiana=Татьяна|Natalia=Наталья|Irina=Ирина|Svetlana=Светлана|Anna=Анна|" +
        "Mariia=Мария|Ekaterina=Екатерина|Iuliia=Юлия|Anastasiia=Анастасия|Daria=Дарья|Kseniia=Ксения|" +
        "Viktoriia=Виктория|Liudmila=Людмила|Galina=Галина|Valentina=Валентина|Polina=Полина|Alina=Алина|" +
        "Sofia=Софья|Khava=Хава|Madina=Мадина|Zarema=Зарема|Kheda=Хеда|Milana=Милана|Aminat=Аминат|" +
        "Luiza=Луиза|Zalina=Залина|Fatima=Фатима|Petimat=Петимат|Elina=Элина|Liana=Лиана";

    private const string RussianSurnames =
        "Ivanov=Иванов|Smirnov=Смирнов|Kuznetsov=Кузнецов|Popov=Попов|Vasilev=Васильев|Petrov=Петров|" +
        "Sokolov=Соколов|Mikhailov=Михайлов|Novikov=Новиков|Fedorov=Фёдоров|Morozov=Морозов|Volkov=Волков|" +
        "Alekseev=Алексеев|Lebedev=Лебедев|Semenov=Семёнов|Egorov=Егоров|Pavlov=Павлов|Kozlov=Козлов|" +
        "Stepanov=Степанов|Nikolaev=Николаев|Orlov=Орлов|Makarov=Макаров|Zakharov=Захаров|Zaitsev=Зайцев|" +
        "Borisov=Борисов|Magomadov=Магомадов|Isaev=Исаев|Musaev=Мусаев|Umarov=Умаров|Ibragimov=Ибрагимов|" +
        "Iusupov=Юсупов|Khasanov=Хасанов|Abdulaev=Абдулаев|Elmurzaev=Эльмурзаев|Gairbekov=Гайрбеков|" +
        "Saidov=Саидов|Dzhabrailov=Джабраилов|Bisultanov=Бисултанов|Vakhaev=Вахаев|Gadzhiev=Гаджиев";

    // ---------------------------------------------------------------- Ukraine (national transliteration)
    private const string UkrainianMale =
        "Oleksandr=Олександр|Andrii=Андрій|Serhii=Сергій|Volodymyr=Володимир|Dmytro=Дмитро|Mykola=Микола|" +
        "Ivan=Іван|Vasyl=Василь|Yurii=Юрій|Oleh=Олег|Ihor=Ігор|Taras=Тарас|Bohdan=Богдан|Maksym=Максим|" +
        "Artem=Артем|Denys=Денис|Vitalii=Віталій|Roman=Роман|Petro=Петро|Pavlo=Павло|Mykhailo=Михайло|" +
        "Anatolii=Анатолій|Viktor=Віктор|Yevhen=Євген|Oleksii=Олексій|Vadym=Вадим|Ruslan=Руслан|" +
        "Stepan=Степан|Nazar=Назар|Yaroslav=Ярослав";

    private const string UkrainianFemale =
        "Olena=Олена|Tetiana=Тетяна|Nataliia=Наталія|Iryna=Ірина|Oksana=Оксана|Svitlana=Світлана|" +
        "Yuliia=Юлія|Kateryna=Катерина|Mariia=Марія|Anna=Анна|Olha=Ольга|Liudmyla=Людмила|Halyna=Галина|" +
        "Viktoriia=Вікторія|Nadiia=Надія|Larysa=Лариса|Valentyna=Валентина|Khrystyna=Христина|" +
        "Anastasiia=Анастасія|Daria=Дар'я|Sofiia=Софія|Alina=Аліна|Inna=Інна|Lesia=Леся|Zoriana=Зоряна|" +
        "Oleksandra=Олександра|Yana=Яна|Marharyta=Маргарита|Vira=Віра|Liubov=Любов";

    private const string UkrainianSurnames =
        "Shevchenko=Шевченко|Kovalenko=Коваленко|Bondarenko=Бондаренко|Tkachenko=Ткаченко|" +
        "Kravchenko=Кравченко|Boiko=Бойко|Kovalchuk=Ковальчук|Oliinyk=Олійник|Shevchuk=Шевчук|" +
        "Polishchuk=Поліщук|Lysenko=Лисенко|Marchenko=Марченко|Melnyk=Мельник|Savchenko=Савченко|" +
        "Rudenko=Руденко|Moroz=Мороз|Petrenko=Петренко|Pavlenko=Павленко|Klymenko=Клименко|Tkachuk=Ткачук|" +
        "Kravets=Кравець|Ponomarenko=Пономаренко|Levchenko=Левченко|Kharchenko=Харченко|Savchuk=Савчук|" +
        "Vasylenko=Василенко|Karpenko=Карпенко|Panchenko=Панченко|Hrytsenko=Гриценко|Zinchenko=Зінченко|" +
        "Romanenko=Романенко|Ivanenko=Іваненко|Koval=Коваль|Lytvynenko=Литвиненко|Sydorenko=Сидоренко|" +
        "Hnatiuk=Гнатюк|Kuzmenko=Кузьменко|Martyniuk=Мартинюк|Kovalskyi=Ковальський|Vyshnevskyi=Вишневський";

    // ---------------------------------------------------------------- China (pinyin, simplified characters)
    private const string ChineseMale =
        "Wei=伟|Qiang=强|Lei=磊|Jun=军|Yong=勇|Jie=杰|Tao=涛|Ming=明|Chao=超|Hao=浩|Jianguo=建国|" +
        "Zhiqiang=志强|Haoran=浩然|Yuxuan=宇轩|Zihao=子豪|Junjie=俊杰|Jianhua=建华|Xiaoming=晓明|Bin=斌|Peng=鹏";

    private const string ChineseFemale =
        "Fang=芳|Min=敏|Jing=静|Li=丽|Yan=燕|Juan=娟|Xiuying=秀英|Na=娜|Ting=婷|Xue=雪|Mei=梅|Hui=慧|" +
        "Yuting=雨婷|Xinyi=欣怡|Jiayi=佳怡|Shuang=爽|Xiaoli=晓丽|Lili=丽丽|Hong=红|Yun=云";

    private const string ChineseSurnames =
        "Wang=王|Li=李|Zhang=张|Liu=刘|Chen=陈|Yang=杨|Huang=黄|Zhao=赵|Wu=吴|Zhou=周|Xu=徐|Sun=孙|Ma=马|" +
        "Zhu=朱|Hu=胡|Guo=郭|He=何|Lin=林|Gao=高|Luo=罗|Zheng=郑|Liang=梁|Xie=谢|Song=宋|Tang=唐|Ye=叶|Pan=潘";

    // ---------------------------------------------------------------- Latin-script countries
    private const string TurkishMale =
        "Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|İbrahim|İsmail|Osman|Yusuf|Murat|Ömer|Ramazan|Halil|Süleyman|" +
        "Abdullah|Mahmut|Recep|Fatih|Kadir|Emre|Burak|Serkan|Hakan|Kemal|Orhan|Cem|Furkan|Enes|Yasin|Baran|" +
        "Rojhat|Deniz";

    private const string TurkishFemale =
        "Fatma|Ayşe|Emine|Hatice|Zeynep|Elif|Meryem|Şerife|Zehra|Sultan|Hanife|Merve|Özlem|Hülya|Esra|Büşra|" +
        "Gülsüm|Leyla|Derya|Songül|Sevgi|Yasemin|Filiz|Dilek|Gül|Havva|Kübra|Rabia|Nur|Berfin|Rojda";

    private const string TurkishSurnames =
        "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin|" +
        "Kara|Koç|Kurt|Özkan|Şimşek|Polat|Korkmaz|Karataş|Erdoğan|Güneş|Aksoy|Tekin|Bulut|Keskin|Ünal|Turan|" +
        "Güler|Bozkurt|Acar|Tunç|Avcı|Ateş|Gök|Ekinci|Altun|Demirci|Aktaş|Tan";

    private const string CongoleseMale =
        "Jean|Patrick|Christian|Joseph|Pierre|Emmanuel|Jean-Pierre|Didier|Fiston|Glody|Héritier|Exaucé|" +
        "Dieudonné|Blaise|Junior|Trésor|Cédric|Fabrice|Serge|Papy|Guelord|Christophe|Alain|Jonathan|Israël|" +
        "Bienvenu|Olivier|Jérémie|Daniel|David|Ruphin";

    private const string CongoleseFemale =
        "Marie|Grâce|Merveille|Sarah|Esther|Ruth|Nathalie|Chantal|Béatrice|Gloire|Divine|Jolie|Falonne|Rachel|" +
        "Christelle|Nancy|Mireille|Sandrine|Dorcas|Aimée|Élodie|Fanny|Patience|Bénédicte|Jeanne|Odette|" +
        "Thérèse|Ketsia|Prisca|Anny";

    private const string CongoleseSurnames =
        "Mbuyi|Kabongo|Tshibanda|Ilunga|Kalonji|Mukendi|Lukusa|Kasongo|Mutombo|Kabeya|Tshimanga|Ngoy|Banza|" +
        "Mwamba|Kalala|Nkulu|Mulumba|Kapinga|Makiese|Nsimba|Lutete|Mavungu|Luzolo|Matondo|Nzuzi|Kiala|" +
        "Makengo|Ngalula|Bokele|Lokonga|Bolamba|Likulu|Mbala|Kitenge|Kanku|Musenga|Mpoyi|Bakajika|Tshiala|" +
        "Kazadi|Masengo";

    private const string GuineanMale =
        "Mamadou|Alpha|Ibrahima|Abdoulaye|Ousmane|Thierno|Amadou|Sekou|Mamadi|Lansana|Boubacar|Souleymane|" +
        "Moussa|Alseny|Fodé|Mohamed|Ansoumane|Aboubacar|Saliou|Oumar|Cellou|Kabinet|Sidiki|Alhassane|Elhadj|" +
        "Mory|Karim|Ismaël|Lamine|Daouda|Bangaly";

    private const string GuineanFemale =
        "Mariama|Fatoumata|Aissatou|Kadiatou|Hadja|Mariame|Aminata|Fanta|Djénabou|Hawa|Ramatoulaye|Oumou|" +
        "Safiatou|Nènè|Binta|Fatou|Adama|Makalé|Sira|Saran|Djeneba|Hadiatou|Maïmouna|Bintou|Tenin|Mabinty|" +
        "Salématou|Aïcha|Kadidiatou|Mariatou";

    private const string GuineanSurnames =
        "Diallo|Barry|Bah|Sow|Camara|Condé|Keita|Touré|Baldé|Cissé|Sylla|Soumah|Bangoura|Kouyaté|Diakité|" +
        "Kaba|Traoré|Konaté|Fofana|Kanté|Doumbouya|Sangaré|Diaby|Cherif|Haïdara|Kourouma|Kamano|Loua|" +
        "Guilavogui|Kolié|Millimono|Tounkara|Yansané|Souaré|Dramé|Sidibé|Magassouba|Conté|Doré|Tolno|" +
        "Béavogui|Oularé";

    private const string CameroonianMale =
        "Jean|Paul|Emmanuel|Joseph|Pierre|Serge|Hervé|Franck|Christian|Patrick|Thierry|Alain|Boris|Yannick|" +
        "Arnaud|Brice|Landry|Junior|Cédric|Steve|Ibrahim|Moussa|Aboubakar|Hamadou|Didier|Martial|Rodrigue|" +
        "Blaise|Fabrice|Éric";

    private const string CameroonianFemale =
        "Marie|Mireille|Sandrine|Carine|Christelle|Nadège|Josiane|Vanessa|Laure|Estelle|Aïcha|Hadidja|Brenda|" +
        "Joëlle|Ornella|Linda|Blandine|Rosine|Clarisse|Pélagie|Françoise|Solange|Gisèle|Murielle|Stéphanie|" +
        "Ange|Prisca|Flore|Diane|Falone";

    private const string CameroonianSurnames =
        "Nkoulou|Mbarga|Ngono|Fotso|Kamga|Tchoupo|Nguema|Mballa|Onana|Atangana|Essomba|Ndongo|Abena|" +
        "Tchakounte|Kenfack|Djoumessi|Fokou|Ngassa|Nana|Tagne|Simo|Wandji|Nkwenti|Ayuk|Tabi|Ebai|Fon|Ngwa|" +
        "Ndikum|Moukoko|Ekambi|Ngando|Ewane|Manga|Bello|Oumarou|Tchamba|Eto'o|Mvondo|Owona";

    private const string BurundianMale =
        "Jean-Claude|Pierre|Emmanuel|Eric|Gilbert|Innocent|Désiré|Prosper|Evariste|Léonidas|Pacifique|Elie|" +
        "Alexis|Dieudonné|Egide|Gervais|Thierry|Aimé|Bosco|Fabrice|Olivier|Athanase|Cyriaque|Fidèle|" +
        "Melchior|Salvator|Déogratias|Jean-Marie|Ferdinand|Jérémie";

    private const string BurundianFemale =
        "Claudine|Josiane|Diane|Alice|Espérance|Chantal|Angélique|Béatrice|Aline|Nadine|Francine|Goreth|" +
        "Immaculée|Clarisse|Solange|Jeanine|Divine|Grâce|Ange|Sandrine|Évelyne|Joséphine|Gloriose|Jacqueline|" +
        "Médiatrice|Consolate|Christine|Annonciata|Liliane|Ornella";

    private const string BurundianSurnames =
        "Ndayishimiye|Nkurunziza|Niyonzima|Hakizimana|Ndikumana|Niyongabo|Bizimana|Nshimirimana|Irakoze|" +
        "Ntakirutimana|Habonimana|Nduwimana|Ndayizeye|Manirakiza|Nizigiyimana|Niyonkuru|Ndayisenga|" +
        "Havyarimana|Nibizi|Bigirimana|Kwizera|Mugisha|Iradukunda|Uwimana|Ciza|Butoyi|Ndimurukundo|" +
        "Nsabimana|Harerimana|Nahimana|Nzeyimana|Ntahomvukiye|Barutwanayo|Minani|Nimbona|Sinzobakwira|" +
        "Hatungimana|Bukuru|Gahungu|Kaneza";

    private const string IndianMale =
        "Rahul|Amit|Rajesh|Suresh|Vikram|Arjun|Sandeep|Manpreet|Gurpreet|Harpreet|Jaswinder|Ravi|Anil|" +
        "Sanjay|Pradeep|Karthik|Venkatesh|Srinivas|Arun|Vijay|Rohit|Nikhil|Aditya|Deepak|Mohit";

    private const string IndianFemale =
        "Priya|Anjali|Pooja|Neha|Sunita|Kavita|Deepika|Lakshmi|Divya|Shreya|Simran|Jaspreet|Ananya|Swati|" +
        "Meena|Aishwarya|Sneha|Ritu|Nisha|Lavanya|Rupinder|Harleen";

    private const string IndianSurnames =
        "Singh|Sharma|Patel|Kumar|Gupta|Reddy|Rao|Iyer|Nair|Shah|Mehta|Joshi|Verma|Yadav|Das|Chaudhary|Gill|" +
        "Sandhu|Sidhu|Dhillon|Malhotra|Kapoor|Pillai|Menon|Desai|Mishra|Pandey|Banerjee|Mukherjee";

    private const string PakistaniMale =
        "Muhammad|Ali|Usman|Bilal|Hamza|Imran|Asif|Kashif|Faisal|Waqas|Zeeshan|Adnan|Tariq|Shahid|Nadeem|" +
        "Sajid|Arslan|Umar|Junaid|Rizwan";

    private const string PakistaniFemale =
        "Ayesha|Fatima|Sana|Hina|Saima|Nadia|Rabia|Amna|Iqra|Mehwish|Sadia|Bushra|Sidra|Zainab|Maryam";

    private const string PakistaniSurnames =
        "Khan|Ahmed|Ali|Hussain|Malik|Butt|Chaudhry|Qureshi|Sheikh|Raza|Iqbal|Akhtar|Javed|Mirza|Abbasi|" +
        "Rana|Awan|Baig|Siddiqui|Shah";

    private const string BrazilianMale =
        "João|José|Lucas|Gabriel|Pedro|Mateus|Rafael|Gustavo|Felipe|Bruno|Thiago|Leonardo|Rodrigo|Marcos|" +
        "Paulo|Carlos|Diego|Fernando|Eduardo|Vinícius";

    private const string BrazilianFemale =
        "Maria|Ana|Juliana|Fernanda|Camila|Larissa|Beatriz|Gabriela|Letícia|Amanda|Aline|Patrícia|Jéssica|" +
        "Bruna|Mariana|Luana|Vanessa|Tatiane|Débora|Raquel";

    private const string BrazilianSurnames =
        "Silva|Santos|Oliveira|Souza|Rodrigues|Ferreira|Alves|Pereira|Lima|Gomes|Costa|Ribeiro|Martins|" +
        "Carvalho|Almeida|Lopes|Soares|Fernandes|Vieira|Barbosa|Rocha|Dias|Nascimento|Araújo|Moreira";

    private const string MoldovanMale =
        "Ion|Vasile|Andrei|Alexandru|Mihai|Nicolae|Sergiu|Victor|Dumitru|Vladimir|Igor|Ghenadie|Valeriu|" +
        "Gheorghe|Constantin|Ruslan|Dorin|Veaceslav|Vitalie|Octavian";

    private const string MoldovanFemale =
        "Maria|Elena|Ana|Natalia|Tatiana|Svetlana|Olga|Ecaterina|Irina|Cristina|Ludmila|Galina|Doina|" +
        "Mariana|Daniela|Valentina|Angela|Nadejda|Victoria|Diana";

    private const string MoldovanSurnames =
        "Rusu|Ceban|Popa|Ciobanu|Cebotari|Munteanu|Lungu|Rotari|Cojocaru|Sârbu|Guțu|Bodiu|Moraru|Croitoru|" +
        "Țurcanu|Plămădeală|Roșca|Grosu|Botnari|Ursu|Melnic|Railean|Bivol|Cazacu";

    private const string HispanicMale =
        "José|Luis|Carlos|Juan|Jesús|Miguel|Andrés|Alejandro|Daniel|David|Jorge|Manuel|Javier|Ricardo|" +
        "Fernando|Eduardo|Rafael|Diego|Oscar|Pedro|Juan Carlos|Luis Alberto|José Gregorio";

    private const string HispanicFemale =
        "María|Ana|Carmen|Andrea|Daniela|Gabriela|Valentina|Mariana|Laura|Carolina|Patricia|Yolanda|Luisa|" +
        "Paola|Natalia|Diana|Yenny|Marisol|Karina|María José|Yuliana|María Fernanda";

    private const string VenezuelanSurnames =
        "González|Rodríguez|Pérez|Hernández|García|Martínez|López|Sánchez|Ramírez|Díaz|Torres|Rojas|" +
        "Moreno|Romero|Álvarez|Mendoza|Castillo|Suárez|Gutiérrez|Vargas|Medina|Blanco|Rivas|Contreras|Chacón";

    private const string ColombianSurnames =
        "Rodríguez|Gómez|González|Martínez|García|López|Hernández|Sánchez|Ramírez|Pérez|Díaz|Muñoz|Rojas|" +
        "Moreno|Jiménez|Vargas|Castro|Ortiz|Ruiz|Osorio|Cardona|Restrepo|Londoño|Gutiérrez|Zapata";

    private const string AlbanianMale =
        "Arben|Besnik|Ermal|Gentian|Klodian|Erion|Artan|Dritan|Fatmir|Ilir|Luan|Mirel|Olsi|Redon|Sokol|Altin|" +
        "Elvis|Kristi|Endrit|Arlind";

    private const string AlbanianFemale =
        "Elira|Anila|Blerta|Dorina|Entela|Eriona|Fatjona|Jonida|Klea|Lindita|Mirela|Ornela|Rudina|Sara|" +
        "Valbona|Xhesika|Alketa|Arjola|Brikena|Enkelejda";

    private const string AlbanianSurnames =
        "Hoxha|Shehu|Gjoka|Dervishi|Leka|Krasniqi|Basha|Çela|Kola|Prifti|Marku|Hysa|Muça|Duka|Lika|Zeqiri|" +
        "Bregu|Kelmendi|Rama|Berisha|Hasani|Shala|Gashi|Meta|Gjergji";

    private const string KosovarMale =
        "Arbër|Besart|Blerim|Driton|Fitim|Kushtrim|Valon|Visar|Ardian|Burim|Egzon|Labinot|Lulzim|Shkëlzen|Avni";

    private const string KosovarFemale =
        "Albulena|Arta|Blerina|Donika|Drita|Fjolla|Gresa|Hana|Kaltrina|Lirije|Mimoza|Qendresa|Teuta|Vlora|Zana";

    private const string KosovarSurnames =
        "Krasniqi|Gashi|Berisha|Morina|Shala|Hoxha|Bytyqi|Kryeziu|Hasani|Rexhepi|Kelmendi|Sylejmani|Thaçi|" +
        "Haliti|Musliu|Ahmeti|Rama|Avdiu|Maloku|Hyseni";

    private const string NigerianMale =
        "Chinedu|Emeka|Oluwaseun|Ibrahim|Musa|Tunde|Chukwuemeka|Ifeanyi|Adebayo|Femi|Uche|Obinna|Yusuf|" +
        "Samuel|Daniel|Godwin|Victor|Kelechi|Segun|Babatunde|Osaro";

    private const string NigerianFemale =
        "Chioma|Ngozi|Blessing|Aisha|Funke|Adaeze|Amaka|Folake|Grace|Joy|Precious|Yetunde|Bukola|Ifeoma|" +
        "Zainab|Esther|Oluwakemi|Nkechi|Halima|Favour|Osas";

    private const string NigerianSurnames =
        "Okafor|Okonkwo|Adeyemi|Olawale|Ibrahim|Bello|Mohammed|Eze|Nwosu|Obi|Adebayo|Ogunleye|Abubakar|" +
        "Chukwu|Nwachukwu|Okoro|Balogun|Yusuf|Afolabi|Onyeka|Uzor|Osagie|Ehigie|Igbinedion|Omoregie";

    private const string SomaliMale =
        "Mohamed|Abdi|Ahmed|Ali|Hassan|Abdullahi|Omar|Yusuf|Ismail|Farah|Hussein|Osman|Abdirahman|Abdikarim|" +
        "Said|Aden|Warsame|Jama|Nur|Mahad|Guled|Liban|Bashir|Hamza|Abshir";

    private const string SomaliFemale =
        "Fadumo|Hodan|Amina|Halima|Sahra|Asha|Hawa|Ifrah|Khadra|Nimco|Sagal|Deeqa|Ubah|Faiza|Ayan|Hibo|Muna|" +
        "Sucaad|Naima|Shukri";

    private const string AmericanMale =
        "James|John|Michael|David|Robert|William|Christopher|Daniel|Matthew|Andrew|Joshua|Ryan|Kevin|Brian|Jason";

    private const string AmericanFemale =
        "Mary|Jennifer|Jessica|Sarah|Emily|Ashley|Elizabeth|Lauren|Megan|Rachel|Amanda|Nicole|Hannah|" +
        "Katherine|Rebecca";

    private const string AmericanSurnames =
        "Smith|Johnson|Williams|Brown|Jones|Garcia|Miller|Davis|Martinez|Wilson|Anderson|Taylor|Thomas|" +
        "Moore|Jackson|White|Harris|Clark|Lewis|Walker";

    public static readonly NamePool Syria = new(NamingStyle.Arab, LevantMale, LevantFemale, SyrianSurnames, 0.3);
    public static readonly NamePool Palestine = new(NamingStyle.Arab, LevantMale, LevantFemale, PalestinianSurnames, 0.35);
    public static readonly NamePool Iraq = new(NamingStyle.Arab, LevantMale, LevantFemale, IraqiSurnames, 0.4);
    public static readonly NamePool Morocco = new(NamingStyle.Arab, MaghrebMale, MaghrebFemale, MoroccanSurnames, 0.05);
    public static readonly NamePool Algeria = new(NamingStyle.Arab, MaghrebMale, MaghrebFemale, AlgerianSurnames, 0.05);
    public static readonly NamePool Afghanistan = new(NamingStyle.Afghan, AfghanMale, AfghanFemale, AfghanSurnames, 0.1);
    public static readonly NamePool Iran = new(NamingStyle.Western, IranianMale, IranianFemale, IranianSurnames, 0.05);
    public static readonly NamePool Eritrea = new(NamingStyle.Patronymic, EritreanMale, EritreanFemale, "");
    public static readonly NamePool Ethiopia = new(NamingStyle.Patronymic, EthiopianMale, EthiopianFemale, "");
    public static readonly NamePool Somalia = new(NamingStyle.Patronymic, SomaliMale, SomaliFemale, "", 0, 0.5);
    public static readonly NamePool Georgia = new(NamingStyle.Western, GeorgianMale, GeorgianFemale, GeorgianSurnames);
    public static readonly NamePool Russia = new(NamingStyle.EastSlavic, RussianMale, RussianFemale, RussianSurnames);
    public static readonly NamePool Ukraine = new(NamingStyle.EastSlavic, UkrainianMale, UkrainianFemale, UkrainianSurnames);
    public static readonly NamePool China = new(NamingStyle.Chinese, ChineseMale, ChineseFemale, ChineseSurnames);
    public static readonly NamePool Turkey = new(NamingStyle.Western, TurkishMale, TurkishFemale, TurkishSurnames, 0.15);
    public static readonly NamePool Congo = new(NamingStyle.Western, CongoleseMale, CongoleseFemale, CongoleseSurnames, 0.1, 0.6);
    public static readonly NamePool Guinea = new(NamingStyle.Western, GuineanMale, GuineanFemale, GuineanSurnames, 0.3);
    public static readonly NamePool Cameroon = new(NamingStyle.Western, CameroonianMale, CameroonianFemale, CameroonianSurnames, 0.25, 0.2);
    public static readonly NamePool Burundi = new(NamingStyle.Western, BurundianMale, BurundianFemale, BurundianSurnames, 0.2);
    public static readonly NamePool India = new(NamingStyle.Western, IndianMale, IndianFemale, IndianSurnames);
    public static readonly NamePool Pakistan = new(NamingStyle.Western, PakistaniMale, PakistaniFemale, PakistaniSurnames, 0.3);
    public static readonly NamePool Brazil = new(NamingStyle.Hispanic, BrazilianMale, BrazilianFemale, BrazilianSurnames, 0.3, 0.6);
    public static readonly NamePool Moldova = new(NamingStyle.Western, MoldovanMale, MoldovanFemale, MoldovanSurnames);
    public static readonly NamePool Venezuela = new(NamingStyle.Hispanic, HispanicMale, HispanicFemale, VenezuelanSurnames, 0.3, 0.85);
    public static readonly NamePool Colombia = new(NamingStyle.Hispanic, HispanicMale, HispanicFemale, ColombianSurnames, 0.3, 0.85);
    public static readonly NamePool Albania = new(NamingStyle.Western, AlbanianMale, AlbanianFemale, AlbanianSurnames);
    public static readonly NamePool Kosovo = new(NamingStyle.Western, KosovarMale, KosovarFemale, KosovarSurnames);
    public static readonly NamePool Nigeria = new(NamingStyle.Western, NigerianMale, NigerianFemale, NigerianSurnames, 0.3);
    public static readonly NamePool UnitedStates = new(NamingStyle.Western, AmericanMale, AmericanFemale, AmericanSurnames, 0.5);
}
