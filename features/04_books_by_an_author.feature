Feature: Books by an author
  An author's page lists all of their books, in title order.
  The author is the partition key, so an author's books sit together sorted by title: one query reads them, page by page.

  Background:
    Given the Books table holds the five books

  Rule: An author's books come back in title order

    Scenario: John Grisham's books
      When I list the books by "John Grisham"
      Then I get these titles, in this order:
        | title         |
        | The Firm      |
        | The Rainmaker |

    Scenario: An author with one book
      When I list the books by "Dr. Seuss"
      Then I get these titles, in this order:
        | title              |
        | Green Eggs and Ham |

    Scenario: Titles are ordered as the table sorts them
      Given the store also holds these books:
        | author          | title                        | category | formats            |
        | Agatha Christie | The A.B.C. Murders           | Mystery  | Paperback AC000001 |
        | Agatha Christie | Murder on the Orient Express | Mystery  | Paperback AC000002 |
        | Agatha Christie | And Then There Were None     | Mystery  | Paperback AC000003 |
        | Agatha Christie | Evil Under the Sun           | Mystery  | Paperback AC000004 |
        | Agatha Christie | and Sleeping Murder          |          | Paperback AC000005 |
      When I list the books by "Agatha Christie"
      Then I get these titles, in this order:
        | title                        |
        | And Then There Were None     |
        | Evil Under the Sun           |
        | Murder on the Orient Express |
        | The A.B.C. Murders           |
        | and Sleeping Murder          |
      And each book comes with its category and formats

  Rule: Only that author's books come back

    Scenario: An author the store does not have
      When I list the books by "Jane Austen"
      Then I get no books

    Scenario: Authors whose names begin alike are different authors
      Given the store also holds these books:
        | author           | title            | category | formats            |
        | John Grisham Jr. | A Time to Read   | Legal    | Paperback JG000009 |
        | John             | Anonymous Letters | Mystery  | Paperback JO000001 |
      When I list the books by "John Grisham"
      Then I get these titles, in this order:
        | title         |
        | The Firm      |
        | The Rainmaker |

  Rule: Every page of the answer is read

    Scenario: A prolific author whose books fill more than one page
      Given "Isaac Asimov" has 300 generated books of about 4 KB each
      When I list the books by "Isaac Asimov"
      Then I get all 300 of his books, in title order
      And listing them queried the Books table, every page, and never scanned

  Rule: An author's books come from a Query on the table, every page, never a Scan

    Scenario: Listing an author's books queries the Books table
      When I list the books by "John Grisham"
      Then listing them queried the Books table, every page, and never scanned
