namespace Crm.SampleData.Services;

/// <summary>The words of the sample data, in Korean and English (a customer's activities are in its language).</summary>
public static class SampleText
{
    public static readonly IReadOnlyDictionary<string, string[]> Subjects = new Dictionary<string, string[]>
    {
        ["Call"] = ["{0} 고객 상담 전화", "{0} 후속 통화"],
        ["Meeting"] = ["{0} 제품 데모 미팅", "{0} 계약 조건 협의"],
        ["Email"] = ["{0} 제안서 메일 발송", "{0} 감사 인사 메일"],
        ["Task"] = ["{0} 요구사항 정리", "{0} 내부 검토 요청"],
        ["Quote"] = ["{0} 견적서 작성", "{0} 수정 견적 발송"],
        ["Post"] = ["{0} 카탈로그 우편 발송"],
        ["Fax"] = ["{0} 주문서 팩스 확인"],
    };

    public static readonly IReadOnlyDictionary<string, string[]> EnglishSubjects = new Dictionary<string, string[]>
    {
        ["Call"] = ["Intro call with {0}", "Follow-up call with {0}"],
        ["Meeting"] = ["Product demo for {0}", "Terms meeting with {0}"],
        ["Email"] = ["Send the proposal to {0}", "Thank-you email to {0}"],
        ["Task"] = ["Write up {0}'s requirements", "Internal review for {0}"],
        ["Quote"] = ["Prepare a quote for {0}", "Revised quote for {0}"],
        ["Post"] = ["Post the catalogue to {0}"],
        ["Fax"] = ["Confirm {0}'s order form by fax"],
    };

    public static readonly string[] Outcomes = ["관심 있음, 견적 요청", "다음 주 재연락", "예산 검토 중", "담당자 변경 예정", "데모 일정 확정"];
    public static readonly string[] EnglishOutcomes = ["Interested, wants a quote", "Call back next week", "Reviewing the budget", "New contact person soon", "Demo date agreed"];

    public static readonly string[] CompanyWords = ["한빛", "미래", "대한", "새봄", "푸른", "하나", "동방", "세림", "태양", "우리", "누리", "가온", "다온", "희망", "으뜸"];
    public static readonly string[] CompanySuffixes = ["전자", "산업", "물산", "테크", "식품", "건설", "상사", "유통", "제약", "소프트", "디자인", "에너지"];

    public static readonly string[] AccountKinds = ["Vendor", "Agency", "Reseller", "Competitor", "Partner"];
    public static readonly string[] Sources = ["Web", "Referral", "Campaign", "Event", "Phone", "Email", "WalkIn", "Partner", "Other"];
    public static readonly string[] Levels = ["Low", "Medium", "High"];

    /// <summary>The sample products: name, code, unit price in won, billing type.</summary>
    public static readonly (string Name, string Code, int Price, string Billing)[] Products =
    [
        ("CRM 클라우드 베이직 / CRM Cloud Basic (user·month)", "CRM-BASIC", 15_000, "Monthly"),
        ("CRM 클라우드 프로 / CRM Cloud Pro (user·month)", "CRM-PRO", 30_000, "Monthly"),
        ("도입 컨설팅 / Implementation consulting", "CONSULT", 3_000_000, "OneOff"),
        ("데이터 이전 / Data migration", "MIGRATION", 1_500_000, "OneOff"),
        ("사용자 교육 1일 / User training (1 day)", "TRAINING", 800_000, "OneOff"),
        ("연간 유지보수 / Yearly support", "SUPPORT-Y", 2_400_000, "Prepaid"),
    ];

    public static readonly string[] DealNames = ["{0} {1} 도입", "{0} {1} 확대", "{0} {1} 갱신"];

    public static readonly string[] EnglishDealNames = ["{1} for {0}", "{1} expansion at {0}", "{1} renewal for {0}"];

    public static readonly string[] LostReasons = ["예산 삭감", "경쟁사 가격 우위", "도입 보류", "내부 개발로 결정"];

    public static readonly string[] EnglishLostReasons = ["Budget cut", "Competitor was cheaper", "Project postponed", "Built it in-house"];

    /// <summary>Sample helpdesk requests: subject and description.</summary>
    public static readonly (string Subject, string Body)[] TicketTopics =
    [
        ("로그인이 되지 않습니다", "비밀번호를 바꾼 뒤로 로그인 화면에서 계속 오류가 납니다."),
        ("세금계산서 재발행 요청", "지난달 세금계산서의 사업자번호가 잘못 나왔습니다. 다시 발행해 주세요."),
        ("엑셀 내보내기 한글 깨짐", "고객 목록을 CSV로 내보내면 엑셀에서 한글이 깨져 보입니다."),
        ("사용자 추가 방법 문의", "새로 입사한 직원 세 명의 계정을 만들고 싶습니다."),
        ("결제 카드 변경", "다음 달부터 법인카드를 바꿔서 결제하고 싶습니다."),
        ("보고서 화면이 느립니다", "월간 보고서를 열면 30초 넘게 걸립니다."),
    ];

    public static readonly (string Subject, string Body)[] EnglishTicketTopics =
    [
        ("Cannot sign in", "Since I changed my password the sign-in page keeps showing an error."),
        ("Invoice needs correcting", "Last month's invoice shows the wrong company address."),
        ("How do I add users?", "We hired two people and want to give them accounts."),
        ("Import fails at row 120", "The CSV import stops with an error about the phone column."),
        ("Change of billing contact", "Please send future invoices to our finance team."),
    ];

    public static readonly string[] TicketReplies = ["확인해 보고 곧 연락드리겠습니다.", "불편을 드려 죄송합니다. 지금 처리하고 있습니다.", "요청하신 내용을 담당 부서에 전달했습니다."];

    public static readonly string[] EnglishTicketReplies = ["Thanks, we are looking into it now.", "Sorry for the trouble; a fix is on its way.", "I have passed this to our billing team."];
}
