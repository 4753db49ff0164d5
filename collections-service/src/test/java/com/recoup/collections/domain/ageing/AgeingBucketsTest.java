package com.recoup.collections.domain.ageing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgeingBucketsTest {

  private final AgeingBuckets standard = AgeingBuckets.STANDARD;

  @Test
  void givenTheStandardBounds_describe_namesTheSevenBucketsOfDomainMd() {
    assertThat(standard.describe())
        .extracting(AgeingBuckets.Bucket::label)
        .containsExactly("not due", "1-30", "31-60", "61-90", "91-180", "181-365", "over 365");
    assertThat(AgeingBuckets.parse("0,30,60,90,180,365")).isEqualTo(standard);
  }

  @Test
  void givenDaysOnEachSideOfEveryBound_indexOf_putsTheBoundInTheLowerBucket() {
    // an invoice due on the day itself (0 days) or not yet due (negative) is not due
    assertThat(standard.indexOf(-5)).isZero();
    assertThat(standard.indexOf(0)).isZero();
    assertThat(standard.indexOf(1)).isEqualTo(1);
    assertThat(standard.indexOf(30)).isEqualTo(1);
    assertThat(standard.indexOf(31)).isEqualTo(2);
    assertThat(standard.indexOf(60)).isEqualTo(2);
    assertThat(standard.indexOf(61)).isEqualTo(3);
    assertThat(standard.indexOf(90)).isEqualTo(3);
    assertThat(standard.indexOf(91)).isEqualTo(4);
    assertThat(standard.indexOf(180)).isEqualTo(4);
    assertThat(standard.indexOf(181)).isEqualTo(5);
    assertThat(standard.indexOf(365)).isEqualTo(5);
    assertThat(standard.indexOf(366)).isEqualTo(6);
  }

  @Test
  void givenTheBounds_overdueStarts_areTheFirstDayOfEachOverdueBucket() {
    assertThat(standard.overdueStarts()).containsExactly(1, 31, 61, 91, 181, 366);
  }

  @Test
  void givenCustomBounds_describe_followsThem() {
    assertThat(AgeingBuckets.parse("0,15").describe())
        .containsExactly(
            new AgeingBuckets.Bucket("not due", null, 0),
            new AgeingBuckets.Bucket("1-15", 1, 15),
            new AgeingBuckets.Bucket("over 15", 16, null));
  }

  @Test
  void givenBadBounds_parse_refusesWithAReason() {
    for (String bad :
        List.of("", "30,60", "0,30,30", "0,60,30", "0,x", "0;30", "-1,0", "0,99999")) {
      assertThatThrownBy(() -> AgeingBuckets.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void givenAGroupName_parse_acceptsTheFourAndRefusesOthers() {
    assertThat(AgeingGroup.parse("collector")).isEqualTo(AgeingGroup.COLLECTOR);
    assertThat(AgeingGroup.parse("Segment")).isEqualTo(AgeingGroup.SEGMENT);
    assertThatThrownBy(() -> AgeingGroup.parse("region"))
        .hasMessageContaining("customer, segment, collector or currency");
  }
}
