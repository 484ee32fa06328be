Feature: Capacity modes and consumed capacity
  On-demand capacity suits traffic nobody can predict; provisioned capacity is cheaper when traffic is steady and known.
  Capacity belongs to the table and, separately, to each global secondary index: a switch must change them all.

  Rule: Switching to provisioned capacity sets the table and every index on it

    Scenario: The table and its category index go provisioned
      Given the Books table holds the five books
      And the category index exists
      When I switch the Books table to provisioned capacity with 10 read and 5 write units
      Then the Books table is provisioned with 10 read and 5 write units
      And the category index is provisioned with 10 read and 5 write units
      And the Books table is active again the moment the switch returned
      And the Books table still holds the five books

    Scenario: A table without indexes goes provisioned
      Given the Books table holds the five books
      When I switch the Books table to provisioned capacity with 3 read and 2 write units
      Then the Books table is provisioned with 3 read and 2 write units

  Rule: Switching back to on-demand stops paying for planned capacity

    Scenario: Back to on-demand, index and all
      Given the Books table holds the five books
      And the category index exists
      And the Books table already runs on 5 read and 5 write units
      When I switch the Books table to on-demand capacity
      Then the Books table is billed on demand
      And the Books table is active again the moment the switch returned
      And the Books table still holds the five books

  Rule: A provisioned table serves the units it was given and throttles the rest; on demand it serves what comes

    The shop's traffic is made by the lab; its reads are retried by the SDK, as yours are.

    Scenario: A burst that a table provisioned for quiet days throttles is served on demand
      Given the Books table holds the five books
      And the Books table already runs on 1 read and 1 write units
      And the shop's burst of 10 reads by key is throttled
      When I switch the Books table to on-demand capacity
      Then the shop's next burst of 10 reads by key is served in full

  Rule: The service allows four switches to on-demand in any 24 hours, and its refusal reaches the caller

    The lab sets the store's clock (UTC) so that a day passes at once; the harness makes the earlier switches.

    @lab-clock
    Scenario: A fifth switch to on-demand within a day is refused
      Given the store's clock reads 08:00 on 14 March 2025
      And the Books table holds the five books
      And the Books table went from provisioned to on-demand 4 times since 08:00
      And the Books table already runs on 5 read and 5 write units
      When at 10:00 I try to switch the Books table to on-demand capacity
      Then I am told the service limits switches to on-demand to four a day
      And the Books table is still provisioned with 5 read and 5 write units

    @lab-clock
    Scenario: A day later the switch goes through
      Given the store's clock reads 08:00 on 14 March 2025
      And the Books table holds the five books
      And the Books table went from provisioned to on-demand 4 times since 08:00
      And the Books table already runs on 5 read and 5 write units
      When at 10:00 the next day I switch the Books table to on-demand capacity
      Then the Books table is billed on demand

  Rule: Every read costs capacity, and the access pattern decides how much

    These two scenarios call the methods of exercises 03 (find) and 05 (inCategory): what they cost is this
    exercise's lesson, so solve those first.

    Scenario: A book's page reads eventually consistent, at half the price
      Given the Books table holds the five books
      When I look for "The Firm" by "John Grisham"
      Then finding it cost half of what a strongly consistent read of "The Firm" by "John Grisham" costs

    Scenario: Browsing one category of 1,000 books costs a fraction of scanning them
      Given the Books table holds the five books
      And the category index exists
      And the store also holds 1000 generated books
      When I browse the category of the first generated book
      Then browsing it cost less than a tenth of scanning the whole Books table
