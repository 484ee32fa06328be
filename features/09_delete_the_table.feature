Feature: Delete the table
  When a catalogue is retired, or the lab is over, its table goes, and everything in it with it.
  Deleting is final: the store deletes only the table it means to, and a refusal from the service must reach the caller.

  Rule: Deleting removes the Books table, and only it

    Scenario: Deleting the Books table
      Given the Books table holds the five books
      When I delete the Books table
      Then the Books table is gone the moment it is deleted

    Scenario: Deleting the Books table with its index
      Given the Books table holds the five books
      And the category index exists
      When I delete the Books table
      Then the Books table is gone the moment it is deleted

    Scenario: Other tables are left alone
      Given the Books table holds the five books
      And a table "BooksArchive" exists
      When I delete the Books table
      Then the Books table is gone the moment it is deleted
      And the table "BooksArchive" is still there

  Rule: A refusal reaches the caller

    Scenario: A table protected against deletion stays
      Given the Books table holds the five books
      And the Books table is protected against deletion
      When I try to delete the Books table
      Then I am told the table is protected against deletion
      And the Books table still holds the five books

    Scenario: Deleting a table that does not exist
      Given the store has no Books table
      When I try to delete the Books table
      Then I am told the table does not exist
