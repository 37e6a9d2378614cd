package difftest

// Every code list the reference implementation depends on, in one place, so a rename
// in the seeds or the exports (e.g. the csc category `child`) is a one-line change here.

// CSC categories (ref_csc_categories).
const (
	catElderly        = "elderly"
	catDisabled       = "disabled"
	catDisabledSight  = "disabled_sight"
	catDisabledChild  = "disabled_child"
	catSickWorkingAge = "sick_working_age"
	catWorkingAge     = "working_age"
	catDifficult      = "difficult"
	catParent         = "parent"
	catFamilyChild    = "family_child" // a child member of a family case; whether a person is a child is decided by age
)

// adultCategories are what an individual recipient of the Centre can be.
var adultCategories = []string{catElderly, catDisabled, catDisabledSight, catDisabledChild, catSickWorkingAge, catWorkingAge, catDifficult}

// CSC fees and closure reasons.
const (
	feeFree         = "безоплатно"
	feeDiff         = "диференційована"
	feePaid         = "платна"
	reasonOvercame  = "подолання СЖО"
	reasonMovedAway = "виїзд"
	reasonChildLeft = "вибуття дитини"
)

var (
	cscFees    = []string{feeFree, feeDiff, feePaid}
	cscReasons = []string{reasonOvercame, reasonMovedAway, "смерть", "відмова", "влаштування до інтернату", "закінчення строку", "інше"}
	// cscSlugs are the departments that export a register snapshot, by file slug.
	cscSlugs = map[string]string{"ДН": "dn", "ЗВ": "zv", "ПД": "pd", "БО": "bo", "СД": "sd", "ДНС": "dns"}
	// familyKinds are the unit kinds whose cases are families (a parent and children).
	familyKinds = []string{"fam_difficult", "fam_guardians", "fam_foster", "fam_homes"}
	// receiptKinds and fundings of the Centre's goods received.
	receiptKinds    = []string{"меблі", "обладнання", "генератор", "автомобіль", "планшет"}
	receiptFundings = []string{"місцевий бюджет", "благодійна допомога", "міжнародна технічна допомога"}
)

// Staff registers.
var (
	employers      = []string{"департамент", "ЦНСП"}
	professions    = []string{"практичний психолог", "фахівець із соціальної роботи"}
	certificationK = "certification"
	hrActions      = []string{"оцінювання", "нагородження"}
	hrResults      = []string{"відмінно", "високо", "добре", "задовільно", "негативно"}
)

// Document register.
const (
	dirIn       = "вхідний"
	dirOut      = "вихідний"
	dirInternal = "внутрішній"
)

var (
	docDirections = []string{dirIn, dirOut, dirInternal}
	docChannels   = []string{"гаряча лінія", "ЦНАП", "пошта", "особистий прийом", "електронна пошта"}
	legalSubjects = []string{"ДВС: повторне відкриття", "ДВС: хід виконання", "ДВС: зміна реквізитів", "ДВС: виконавчий документ", "прокуратура", "адвокат", "правоохоронні органи", "приватний виконавець"}
	reportSubject = []string{"звіт: чисельність і вакансії", "звіт: кількісний склад", "звіт: склад керівників і спеціалістів", "звіт: звернення громадян", "звіт: бланки суворої звітності", "звіт: бланки розпоряджень", "звіт: бланки рішень виконкому", "звіт: заброньовані військовозобов’язані"}
)

// Privilege register.
var (
	privilegeKats   = []string{"", "ЗХ", "АФ", "ВВ"}
	largeFamilyLG   = []string{"50", "51"}
	grantedByDept   = "департамент"
	deptAidBases    = []string{"клопотання", "заява", "список", "рішення"}
	deptAidFundings = []string{"міський бюджет", "меценат", "благодійна допомога"}
)
