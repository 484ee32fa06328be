Feature: Read the store's metrics
  CloudWatch already counts what the store did, minute by minute: what its reads consumed, when it was throttled.
  The operations team reads those figures there, by the table's and the index's own metrics, not by asking the store again.

  Rule: What a table or an index consumed is the sum of its own metric over the window asked for

    The shop's traffic is made by the lab, on the store's clock; its requests publish the metrics, as on the service.

    @lab-clock
    Scenario: The Books table's reads in ten minutes of shop traffic
      Given the store's clock reads 09:00 on 14 March 2025
      And the Books table holds the five books
      And the category index exists
      And from 09:00 the shop reads 6 books by key and browses 2 categories each minute for 10 minutes
      And the shop also reads 1 book at 08:59 and 3 books at 09:10
      When I ask what the Books table's reads consumed from 09:00 to 09:10
      Then I am told what the shop's reads of the Books table itself consumed from 09:00 to 09:10

    @lab-clock
    Scenario: CategoryIndex's reads in the same ten minutes
      Given the store's clock reads 09:00 on 14 March 2025
      And the Books table holds the five books
      And the category index exists
      And from 09:00 the shop reads 6 books by key and browses 2 categories each minute for 10 minutes
      And the shop also reads 1 book at 08:59 and 3 books at 09:10
      When I ask what CategoryIndex's reads consumed from 09:00 to 09:10
      Then I am told what the shop's browsing of CategoryIndex consumed from 09:00 to 09:10

  Rule: The throttled minutes are those whose read or write throttle events are not zero

    @lab-clock
    Scenario: Reads throttled in two minutes and a write in a third
      Given the store's clock reads 09:00 on 14 March 2025
      And the Books table holds the five books
      And from 09:00 the shop reads 4 books by key each minute for 15 minutes, throttled at 09:02 and 09:11
      And at 09:07 the shop adds a book and is throttled
      When I ask in which minutes from 09:00 to 09:15 the Books table was throttled
      Then I am told 09:02, 09:07 and 09:11

    @lab-clock
    Scenario: The same throttled minutes from a busy CloudWatch, a page at a time
      Given the store's clock reads 09:00 on 14 March 2025
      And the Books table holds the five books
      And from 09:00 the shop reads 4 books by key each minute for 15 minutes, throttled at 09:02 and 09:11
      And at 09:07 the shop adds a book and is throttled
      And CloudWatch is busy and answers at most 2 datapoints a page
      When I ask in which minutes from 09:00 to 09:15 the Books table was throttled
      Then I am told 09:02, 09:07 and 09:11

    @lab-clock
    Scenario: A quarter of an hour without throttling
      Given the store's clock reads 09:00 on 14 March 2025
      And the Books table holds the five books
      And from 09:00 the shop reads 4 books by key each minute for 15 minutes
      When I ask in which minutes from 09:00 to 09:15 the Books table was throttled
      Then I am told no minute was throttled

  Rule: An error is the service's own (SystemErrors, of a table and an operation) or the caller's (UserErrors, of the region)

    The service counts a request it failed by its own fault (HTTP 500) as a SystemError of the table and the operation,
    and a request it refused as the caller's mistake (HTTP 400) as a UserError of the whole region, naming no table.

    @lab-clock
    Scenario: The errors of ten minutes that were the service's fault
      Given the store's clock reads 09:00 on 14 March 2025
      And the Books table holds the five books
      And from 09:00 the shop reads 4 books by key each minute for 10 minutes
      And at 09:03 the store fails 2 attempts of a read of the shop's, and at 09:06 1 attempt of a write
      And at 09:04 the shop sends 2 requests the store refuses, and at 09:10 1 more
      When I ask how many requests from 09:00 to 09:10 failed by the service's fault
      Then I am told 3 failed by the service's fault

    @lab-clock
    Scenario: The errors of ten minutes that were the caller's
      Given the store's clock reads 09:00 on 14 March 2025
      And the Books table holds the five books
      And from 09:00 the shop reads 4 books by key each minute for 10 minutes
      And at 09:03 the store fails 2 attempts of a read of the shop's, and at 09:06 1 attempt of a write
      And at 09:04 the shop sends 2 requests the store refuses, and at 09:10 1 more
      When I ask how many requests from 09:00 to 09:10 the store refused as the caller's mistake
      Then I am told 2 were the caller's
