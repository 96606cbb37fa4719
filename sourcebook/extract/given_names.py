"""Given names a reader knows on sight, from the presses our users read (English, European,
Slavic, Arabic, Turkish, Persian, South and South-East Asian, Māori and Pacific). A capitalised
pair opening with one ("Sergei Skripal", "Hatice Cengiz") is a person's name even where the text
says nothing more of them. Names that are also common words ("Will", "Grace", "May", "Bill",
"Rose", "Hope") are left out: they stay names only where the text says so."""

from __future__ import annotations

GIVEN_NAMES = frozenset("""
Aaron Abdul Abdullah Abdulaziz Adam Adel Adrian Ahmad Ahmed Aisha Alan Alastair Albert Alejandro
Aleksandr Aleksei Alessandro Alex Alexander Alexandra Alexei Alexey Alexandre Ali Alice Alison Amanda Amy
Ana Anders Andreas Andrei Andrej Andrew Andrey Andrzej Angela Angelina Anita Ann Anna Anne Annette Anthony
Antoine Anton Antonio Antony Anwar Arnaud Arthur Ashley Ayesha Barack Barbara Bashar Ben Benjamin Bernard
Bernd Boris Brendan Brian Bridget Bruce Bruno Camilla Carl Carlos Carmen Caroline Catherine Charles
Charlotte Chris Christian Christina Christine Christopher Chrystia Claire Claude Claudia Colin Craig Daniel
Daniela Danielle David Deborah Denis Dennis Diana Dmitri Dmitry Dominic Donald Dorothy Edward Elena
Elizabeth Ellen Emily Emma Emmanuel Enrique Eric Erik Fatima Federica Fernando Fiona Francesca Francis
Francisco Frank Frans Franz Fran Frederik Gareth Gary Geoffrey Georg George Gerald Gerhard Gillian Giuseppe
Gordon Graham Gregory Hamid Hans Harriet Hassan Hatice Heather Heiko Helen Helmut Henrik Henry Hilary Hillary
Hugh Hussein Ian Ibrahim Igor Ilya Imran Ingrid Irina Isabel Ivan Jacinda Jack Jacob Jacques James Jamal
Jan Jane Janet Jason Javier Jean Jean-Claude Jean-Pierre Jean-Yves Jeffrey Jennifer Jeremy Jessica Jim Joan
Joanna Joe Johan Johannes John Jonathan Jorge Jose José Josef Joseph Joshua Judith Julia Julian Julie Jürgen
Justin Karen Karim Karl Kate Katherine Kathleen Katrin Kelvin Kenneth Kevin Khalid Kim Kirsty Konstantin
Kristina Laura Lauren Lisa Louise Lucy Luis Luke Lyudmila Mahmoud Malcolm Manuel Marc Marcus Margaret Maria
Marie Marina Marise Marjorie Mark Marko Martin Mary Matteo Matthew Matthias Maxim Megan Melissa Michael
Michel Michelle Miguel Mikhail Mohamed Mohammad Mohammed Muhammad Mustafa Nadia Nancy Natalia Natalie
Natasha Neil Nicholas Nicola Nicolas Nikolai Nina Norbert Olaf Oleg Olga Oliver Olivier Omar Pablo Patricia
Patrick Paul Paula Pavel Peter Petr Petro Philip Philippe Pierre Piers Rachel Rafael Rahul Raj Ralph Rebecca
Recep Richard Robert Roberto Robin Roger Roman Ronald Rudolf Rupert Ruth Ryan Saad Sabine Salman Samantha
Samuel Sandra Sarah Scott Sean Sebastian Serge Sergei Sergey Sergio Simon Simone Sophie Stefan Steffen
Stephan Stephanie Stephen Steven Stuart Susan Suzanne Sven Tamara Tanya Tatiana Theresa Thomas Timothy Tobias
Tom Tony Ursula Valentina Valerie Vanessa Vasily Victor Viktor Vladimir Walter Wayne Werner Wolfgang Xavier
Yasmin Yulia Yuri Yusuf Zainab Zoe Mevlüt Mevlut Ahmet Mehmet Emine Fatma Ayşe Reza Mahmood Javad Hossein
Narendra Nirmala Priya Sanjay Sunil Amit Rajiv Najib Ismail Mahathir Anwar Joko Retno Aroha Hemi Tama Wiremu
Huia Rawiri Nanaia Kiri Sione Siosaia Tevita Malakai Shinzo Yoshihide Fumio Kevin Hamish Nikki
Penny Kelly Kerry Jenny Geoff Andy Mike Steve Dave Pete Rob Greg Jeff Ken Ron Phil Tim Dan Sam Ben Ed Liz
Jo Sue Kay Lyn Meg Tess Nick Alexei Yevgeny Yevgeniy Maksim Artem Denis Svetlana Yekaterina Anatoly
Vitaly Volodymyr Oleksandr Oleksiy Dmytro Taras Bohdan Yuliya Tetiana Anastasia Ksenia Valery Gennady
Leonid Nikita Arkady Stanislav Vyacheslav Rustam Ramzan Azamat Ilham Nursultan Kassym-Jomart
William Harry Larry Raymond Jerry Nathan Zachary Ethan Noah Keith Terry Harold Lawrence Dylan Jesse Bryan
Billy Gabriel Juan Elijah Randy Roy Vincent Eugene Bobby Mick Matt Liam Niall Jake Callum Connor Owen Rhys
Gavin Iain Kieran Declan Ciaran Eamon Seamus Padraig Dermot Fergus Rory Linda Betty Kimberly Donna Sharon
Cynthia Shirley Brenda Pamela Nicole Debra Carolyn Diane Olivia Joyce Evelyn Andrea Cheryl Hannah
Jacqueline Martha Gloria Teresa Sara Frances Kathryn Janice Abigail Judy Sophia Denise Doris Marilyn
Beverly Isabella Kayla Alexis Lori Clare Sally Katie Chloe Siobhan Aoife Niamh Sinead Orla Ciara Priti
Nadine Yvette Esther Layla Charlie Sajid Keir Ruslan Vladislav Gerry Todd Hekia Peeni Kris Shane Darren
Trevor Glenn Ewen Dougal Lachlan Ngaire Hone Tariana Pita Marama Metiria Tracey Clayton Nigel Bob Winston
Saddam Haider Nouri Fuad Barham Kazem Osama Masoud Nechirvan Qubad Falah
""".split())
