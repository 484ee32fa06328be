Feature: Backups and point-in-time restore
  A bookstore's catalogue is its business: losing it to a bad deploy or a careless delete must be recoverable.
  An on-demand backup is a copy taken when asked; point-in-time recovery lets the store rewind to a recent moment.

  Rule: An on-demand backup is restored into a new table

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

    @backups
    Scenario: A backup is never restored over a table that exists
      Given the Books table holds the five books
      And a backup of the Books table exists
      And a table "BooksRestored" exists
      When I try to restore that backup into the table "BooksRestored"
      Then I am told the target table already exists

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
