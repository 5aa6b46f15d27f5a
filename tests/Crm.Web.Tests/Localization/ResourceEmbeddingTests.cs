using System.Globalization;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Tests.Localization;

/// <summary>Each module's Korean resx must travel in its satellite assembly; a missing one silently shows English.</summary>
public sealed class ResourceEmbeddingTests
{
    public static TheoryData<Type, string, string> Texts => new()
    {
        { typeof(AdminText), "Sign out", "로그아웃" },
        { typeof(Crm.Users.UsersText), "Sign in", "로그인" },
        { typeof(Crm.Users.Models.LoginModel), "Enter your password.", "비밀번호를 입력하세요." },
        { typeof(Crm.Features.FeaturesText), "Features", "기능" },
        { typeof(Crm.Tenants.TenantsText), "Tenants", "테넌트" },
        { typeof(Crm.Contents.ContentsText), "Content types", "콘텐츠 유형" },
        { typeof(Crm.Contents.TypeEditorText), "Content types", "콘텐츠 유형" },
        { typeof(Crm.Core.Content.ContentText), "is required", "필수 항목입니다" },
        { typeof(Crm.Email.EmailText), "Send test email", "테스트 이메일 보내기" },
        { typeof(Crm.Customers.CustomersText), "Recency rules", "연락 주기 규칙" },
        { typeof(Crm.Dashboard.DashboardText), "Retention rate", "고객 유지율" },
        { typeof(Crm.SalesActivities.ActivitiesText), "My to-dos", "내 할 일" },
        { typeof(Crm.Opportunities.OpportunitiesText), "Sales forecast", "매출 예측" },
        { typeof(Crm.Opportunities.OpportunitiesText), "VAT (10%)", "부가세 (10%)" },
        { typeof(Crm.Helpdesk.HelpdeskText), "Unassigned queue", "미배정 대기열" },
        { typeof(Crm.LiveChat.LiveChatText), "Turn into ticket", "티켓으로 만들기" },
        { typeof(Crm.HelpdeskMail.HelpdeskMailText), "CSAT report", "고객 만족도(CSAT) 보고서" },
        { typeof(Crm.KnowledgeBase.KnowledgeBaseText), "Was this helpful?", "이 문서가 도움이 되었나요?" },
        { typeof(Crm.Retention.RetentionText), "Retention programs", "고객 유지 프로그램" },
        { typeof(Crm.EmailCampaigns.EmailCampaignsText), "Unsubscribe", "수신 거부" },
        { typeof(Crm.Campaigns.CampaignsText), "Campaign ROI", "캠페인 ROI" },
        { typeof(Crm.Grades.GradesText), "Customer grades", "고객 등급" },
        { typeof(Crm.WebTracking.WebTrackingText), "Website visits", "웹사이트 방문" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task Korean_texts_are_embedded_for_every_module(Type marker, string english, string korean)
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);
        var localizer = host.Service<IStringLocalizerFactory>().Create(marker);
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ko-KR");
            var text = localizer[english];
            Assert.False(text.ResourceNotFound, $"'{english}' not found in {text.SearchedLocation}");
            Assert.Equal(korean, text.Value);

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Equal(english, localizer[english].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
