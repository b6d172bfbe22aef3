using DexFlow.Contracts.Orders;
using static DexFlow.Grains.Reporting.ReportDefinition;

namespace DexFlow.Grains.Reporting.Reports;

public static class ActiveOrdersReport
{
    private static readonly string Active = "{" + string.Join(',', Enum.GetNames<OrderStage>().Except([nameof(OrderStage.Archived), nameof(OrderStage.Cancelled)])) + "}";

    public static ReportDefinition Definition { get; } = new(
        "active-orders",
        "Active orders by stage and age",
        "Orders not archived or cancelled, as they stand now, by stage and by how long they have been in it.",
        ReportAudiences.Oversight,
        [],
        1,
        [Text("stage"), Integer("orders"), Integer("underOneDay"), Integer("oneToThreeDays"), Integer("threeToSevenDays"),
         Integer("overSevenDays"), Number("oldestDays")],
        new ChartShape("stage", ["underOneDay", "oneToThreeDays", "threeToSevenDays", "overSevenDays"]),
        $$"""
        SELECT o.stage,
               count(*),
               count(*) FILTER (WHERE o.stage_since > @now - interval '1 day'),
               count(*) FILTER (WHERE o.stage_since <= @now - interval '1 day' AND o.stage_since > @now - interval '3 days'),
               count(*) FILTER (WHERE o.stage_since <= @now - interval '3 days' AND o.stage_since > @now - interval '7 days'),
               count(*) FILTER (WHERE o.stage_since <= @now - interval '7 days'),
               round((extract(epoch FROM @now - min(o.stage_since)) / 86400)::numeric, 1)
        FROM dexflow.orders o
        WHERE o.stage = ANY('{{Active}}') AND {visible}
        GROUP BY o.stage
        ORDER BY {{ReportSql.StageOrder("o.stage")}}
        """);
}
