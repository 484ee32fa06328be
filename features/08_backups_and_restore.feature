Feature: Backups and point-in-time restore
  A bookstore's catalogue is its business: losing it to a bad deploy or a careless delete must be recoverable.
  An on-demand backup is a copy the service takes when asked; point-in-time recovery lets the store rewind to a recent moment.

  Rule: An on-demand backup is named by the ARN the service gives it, and restored into a new table

    @backups
    Scenario: Backing up the catalogue
      Given the Books table holds the five books
      When I back up the Books table as "BooksBeforeTheSale"
      Then I get the ARN of a backup named "BooksBeforeTheSale" of the Books table

    @backups
    Scenario: Restoring a backup
      Given the Books table holds the five books
      And a backup of the Books table exists
      When I restore that backup into the table "BooksRestored"
      Then the table "BooksRestored" is active and holds the five books

    @backups
    Scenario: A backup keeps the books as they were when it was taken
      Given the Books table holds the five books
      And a backup of the Books table exists
      And the store also holds these books:
        | author            | title   | category        | formats            |
        | Octavia E. Butler | Kindred | Science Fiction | Paperback OB000001 |
      When I restore that backup into the table "BooksRestored"
      Then the table "BooksRestored" is active and holds the five books

  Rule: A restore never replaces a table that exists

    @backups
    Scenario: A backup is never restored over a table that exists
      Given the Books table holds the five books
      And a backup of the Books table exists
      And a table "BooksRestored" exists
      When I try to restore that backup into the table "BooksRestored"
      Then I am told the target table already exists

    @backups
    Scenario: A backup is never restored over the table it was taken of
      Given the Books table holds the five books
      And a backup of the Books table exists
      When I try to restore that backup into the table "Books"
      Then I am told the target table already exists
      And the Books table still holds the five books

  Rule: Point-in-time recovery rewinds the table into a new one

    @point-in-time-recovery
    Scenario: Turning on point-in-time recovery
      Given the Books table holds the five books
      When I turn on point-in-time recovery
      Then point-in-time recovery is enabled for the Books table

    @point-in-time-recovery
    Scenario: Restoring to the latest restorable time
      Given the Books table holds the five books
      And point-in-time recovery is turned on for the Books table
      When I restore the Books table to its latest restorable time into the table "BooksRewound"
      Then the table "BooksRewound" is active and holds the five books

  Rule: Point-in-time recovery undoes a careless deploy, as of the moment before it

    The lab sets the store's clock (UTC): the service restores by its own clock, never by the caller's. It can restore
    any moment from when recovery was turned on until five minutes ago.

    @point-in-time-recovery @lab-clock
    Scenario: Rewinding to the moment before a careless deploy
      Given the store's clock reads 09:00 on 14 March 2025
      And the Books table holds the five books
      And point-in-time recovery is turned on for the Books table
      And at 09:30 the shop adds "Fox in Socks" by "Dr. Seuss"
      When at 09:40 a careless deploy deletes "The Firm" and "The Rainmaker" by "John Grisham"
      And at 09:50 I restore the Books table as it was at 09:35 into the table "BooksBeforeTheDeploy"
      Then the table "BooksBeforeTheDeploy" is active and holds the five books and "Fox in Socks" by "Dr. Seuss"
      And the Books table still lacks "The Firm" and "The Rainmaker" by "John Grisham"

  Rule: Point-in-time recovery rewinds into another region too

    Each region is a store of its own, and a way back when the store's own region fails: the restore is asked of the
    region the new table is made in, and names the table it rewinds by its ARN, which says the table's region.

    @point-in-time-recovery @lab-clock @regions
    Scenario: Rewinding into another region
      Given the store's clock reads 09:00 on 14 March 2025
      And the Books table holds the five books
      And point-in-time recovery is turned on for the Books table
      And at 09:30 the shop adds "Fox in Socks" by "Dr. Seuss"
      When at 09:40 a careless deploy deletes "The Firm" and "The Rainmaker" by "John Grisham"
      And at 09:50 I restore the Books table as it was at 09:35 into the table "BooksInIreland" in eu-west-1
      Then the table "BooksInIreland" in eu-west-1 is active and holds the five books and "Fox in Socks" by "Dr. Seuss"
      And the Books table's own region has no table "BooksInIreland"

  Rule: There is nothing to rewind to unless point-in-time recovery was on

    @point-in-time-recovery
    Scenario: Restoring to the latest restorable time without point-in-time recovery
      Given the Books table holds the five books
      And point-in-time recovery is off for the Books table
      When I try to restore the Books table to its latest restorable time into the table "BooksRewound"
      Then I am told point-in-time recovery is not on for the Books table
      And no table "BooksRewound" was made

    @point-in-time-recovery @lab-clock
    Scenario: Restoring a moment without point-in-time recovery
      Given the store's clock reads 09:00 on 14 March 2025
      And the Books table holds the five books
      And point-in-time recovery is off for the Books table
      When at 09:50 I try to restore the Books table as it was at 09:35 into the table "BooksBeforeTheDeploy"
      Then I am told point-in-time recovery is not on for the Books table
      And no table "BooksBeforeTheDeploy" was made
