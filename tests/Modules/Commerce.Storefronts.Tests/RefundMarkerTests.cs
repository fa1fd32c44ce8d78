using Commerce.Integrations.Abstractions.Storefronts;
using CsCheck;

namespace Commerce.Storefronts.Tests;

public sealed class RefundMarkerTests
{
    [Fact]
    public void The_marker_follows_the_reason_and_is_found_again()
    {
        var note = RefundMarker.Append("  Damaged in transit ", "0190d3a4-7c1e");
        Assert.Equal("Damaged in transit [commerce-refund:0190d3a4-7c1e]", note);
        Assert.Equal("0190d3a4-7c1e", RefundMarker.Find(note));
        Assert.True(RefundMarker.Carries(note, "0190d3a4-7c1e"));
        Assert.False(RefundMarker.Carries(note, "0190d3a4"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("it broke during shipping")]
    [InlineData("[commerce-refund:]")]
    [InlineData("[commerce-refund: spaced]")]
    public void A_note_without_a_marker_names_no_refund(string? note) => Assert.Null(RefundMarker.Find(note));

    [Fact]
    public void Any_refund_id_of_ours_survives_the_round_trip_through_a_stores_note()
    {
        Gen.Select(Gen.Guid, Gen.String).Sample((id, reason) =>
            Assert.Equal(id.ToString(), RefundMarker.Find(RefundMarker.Append(reason.Replace("[", ""), id.ToString()))));
    }
}
