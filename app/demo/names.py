"""Names, phone numbers and places for the demo school.

The demo school is an international school in Dubai, whose families come from
South Asia, the Arab world, East Africa and Latin America, as such schools'
families do. Each :class:`Culture` keeps its own naming custom, so that a
family's names fit together: a Mexican child carries two family names, an
Ethiopian child's "family" name is the father's given name, and siblings share
what they would share at home.

All names are written in Latin script (with their accents), the way a school
in the Gulf enters them, so that a search by name finds them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    key: str
    weight: int  # share of families, in percent (roughly)
    boys: tuple[str, ...]
    girls: tuple[str, ...]
    families: tuple[str, ...]
    # how the child's family name is made: "single" (shared surname),
    # "double" (father's + mother's surnames, Spanish), "portuguese"
    # (mother's + father's surnames), "patronymic" (the father's given name).
    custom: str
    # phone plans of guardians who keep a home-country number: (country
    # code, pattern); ``#`` is a digit. Most families use a UAE number.
    home_phones: tuple[tuple[str, str], ...]
    home_phone_share: float  # how many guardians give a home-country number


def _t(text: str) -> tuple[str, ...]:
    """A name list written one name per comma (names may contain spaces)."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


CULTURES: tuple[Culture, ...] = (
    Culture(
        key="pakistani",
        weight=14,
        boys=_t(
            "Ahmed, Ali, Hamza, Bilal, Usman, Zain, Hassan, Hussain, Faisal, Imran, Omer, Saad, Talha, "
            "Arslan, Fahad, Danish, Shahzaib, Rayan, Ibrahim, Abdullah, Haris, Junaid, Kashif, Waqas, "
            "Zubair, Asad, Taimur, Moiz, Ayaan, Muhammad Ali, Affan, Huzaifa, Musa, Shayan"
        ),
        girls=_t(
            "Ayesha, Fatima, Maryam, Zainab, Hira, Sana, Mahnoor, Iqra, Amna, Hafsa, Aleena, Anaya, Zoya, "
            "Mehwish, Rabia, Sidra, Khadija, Noor, Eman, Areeba, Laiba, Hania, Inaya, Mahrukh, Sara, "
            "Kinza, Alishba, Dua, Maheen, Zara, Manahil, Abeeha, Minahil"
        ),
        families=_t(
            "Khan, Siddiqui, Qureshi, Malik, Chaudhry, Butt, Sheikh, Akhtar, Raza, Abbasi, Hashmi, Mirza, "
            "Baig, Javed, Iqbal, Aslam, Rana, Awan, Shah, Bukhari, Ansari, Farooqui, Rizvi, Zaidi, Naqvi, "
            "Memon, Paracha, Durrani"
        ),
        custom="single",
        home_phones=(("+92", "3## #######"),),
        home_phone_share=0.2,
    ),
    Culture(
        key="indian_north",
        weight=10,
        boys=_t(
            "Aarav, Vivaan, Aditya, Arjun, Rohan, Ishaan, Kabir, Krishna, Rahul, Siddharth, Vihaan, "
            "Ayush, Dev, Harsh, Karan, Nikhil, Pranav, Rishi, Sahil, Yash, Aryan, Shaurya, Atharv, "
            "Reyansh, Manav, Advait, Kunal, Parth"
        ),
        girls=_t(
            "Aanya, Ananya, Diya, Isha, Kavya, Myra, Priya, Riya, Saanvi, Shreya, Tanvi, Aditi, Anika, "
            "Avni, Ira, Khushi, Meera, Nandini, Pooja, Sneha, Tara, Vanya, Aarohi, Navya, Pari, Kiara, "
            "Siya, Prisha"
        ),
        families=_t(
            "Sharma, Verma, Gupta, Agarwal, Mehta, Patel, Shah, Joshi, Kapoor, Malhotra, Singh, Chauhan, "
            "Saxena, Srivastava, Trivedi, Pandey, Mishra, Tiwari, Bhatia, Khanna, Arora, Desai, Jain, "
            "Yadav, Rao, Sinha, Chopra, Bansal"
        ),
        custom="single",
        home_phones=(("+91", "9#### #####"), ("+91", "8#### #####"), ("+91", "7#### #####")),
        home_phone_share=0.2,
    ),
    Culture(
        key="indian_south",
        weight=7,
        boys=_t(
            "Karthik, Vishnu, Adithya, Akash, Anirudh, Harish, Naveen, Pranav, Sanjay, Sriram, Varun, "
            "Vignesh, Abhinav, Gokul, Hari, Joel, Rohit, Sidharth, Alan, Jithin, Ashwin, Arjun, Nihal, "
            "Sreehari, Dhruv"
        ),
        girls=_t(
            "Aishwarya, Anjali, Divya, Gayathri, Keerthana, Lakshmi, Meenakshi, Nithya, Pavithra, "
            "Revathi, Sandhya, Swathi, Varsha, Anagha, Devika, Gopika, Krithika, Malavika, Nivedita, "
            "Sreya, Aparna, Athira, Neha, Shruti, Vaishnavi, Niranjana"
        ),
        families=_t(
            "Nair, Menon, Pillai, Iyer, Krishnan, Subramanian, Raghavan, Reddy, Naidu, Kumar, Varghese, "
            "Thomas, Mathew, Joseph, Kurian, Rajan, Srinivasan, Venkatesh, Balakrishnan, Chandran, "
            "Gopalan, Iyengar"
        ),
        custom="single",
        home_phones=(("+91", "9#### #####"), ("+91", "8#### #####")),
        home_phone_share=0.15,
    ),
    Culture(
        key="bengali",
        weight=5,
        boys=_t(
            "Arif, Farhan, Rakib, Sakib, Tahmid, Nafis, Rifat, Ayan, Shihab, Mahir, Fahim, Tasin, "
            "Nabil, Sabbir, Imtiaz, Tanvir, Raihan, Zarif, Adib, Saad"
        ),
        girls=_t(
            "Nusrat, Tasnim, Fariha, Sadia, Anika, Raisa, Tahsin, Nabila, Mim, Ishrat, Labiba, Sumaiya, "
            "Tanjila, Nafisa, Samiha, Maliha, Ramisa, Afia, Nowshin, Orpa"
        ),
        families=_t(
            "Rahman, Hossain, Islam, Ahmed, Chowdhury, Uddin, Alam, Haque, Sarkar, Talukder, Bhuiyan, "
            "Karim, Miah, Mollah, Sikder, Kabir, Majumder"
        ),
        custom="single",
        home_phones=(("+880", "1###-######"),),
        home_phone_share=0.2,
    ),
    Culture(
        key="arab_gulf",
        weight=9,
        boys=_t(
            "Mohammed, Ahmed, Khalid, Saeed, Rashid, Hamdan, Sultan, Saif, Majid, Abdulla, Zayed, "
            "Mansour, Obaid, Humaid, Juma, Hamad, Faris, Nasser, Theyab, Ali, Omar, Salem, Khalifa, "
            "Mubarak, Yousef, Rashed, Hazza"
        ),
        girls=_t(
            "Fatima, Mariam, Aisha, Shamma, Hessa, Maitha, Sheikha, Alyazia, Moza, Latifa, Mahra, "
            "Salama, Noura, Hind, Reem, Amna, Meera, Alia, Sara, Dana, Hamda, Afra, Ghaya, Wadima, Asma"
        ),
        families=_t(
            "Al Mansoori, Al Hashimi, Al Suwaidi, Al Mazrouei, Al Nuaimi, Al Ketbi, Al Falasi, Al Shamsi, "
            "Al Dhaheri, Al Mheiri, Al Qasimi, Al Zaabi, Al Ali, Al Marri, Al Blooshi, Al Kaabi, "
            "Al Hammadi, Al Muhairi, Al Rumaithi, Al Balushi, Al Harthi, Al Amri"
        ),
        custom="single",
        home_phones=(("+968", "9### ####"), ("+966", "5# ### ####")),
        home_phone_share=0.05,
    ),
    Culture(
        key="arab_levant_egypt",
        weight=12,
        boys=_t(
            "Omar, Karim, Yousef, Adam, Zaid, Hadi, Rami, Tarek, Sami, Ziad, Fadi, Ahmad, Hamza, Jad, "
            "Kareem, Malek, Mazen, Nabil, Waleed, Yazan, Basel, Ibrahim, Laith, Moustafa, Seif, Elias, "
            "Marwan, Hamed"
        ),
        girls=_t(
            "Layla, Lina, Nour, Rania, Hala, Yasmin, Salma, Jana, Dina, Farah, Leen, Malak, Mira, "
            "Nadine, Rana, Ruba, Sama, Tala, Joud, Habiba, Maya, Rahaf, Zeina, Lara, Aya, Celine, "
            "Hanin, Mariam"
        ),
        families=_t(
            "Haddad, Khalil, Nassar, Saleh, Awad, Hamdan, Mansour, Darwish, Khoury, Aziz, Hassan, "
            "Ibrahim, Youssef, Farouk, El Sayed, Abdelrahman, Mostafa, Shaker, Barakat, Qasem, Odeh, "
            "Jaber, Zaki, Hijazi, Salameh, Haddadin, Nasrallah, Fawzi"
        ),
        custom="single",
        home_phones=(("+20", "10# ### ####"), ("+962", "7# ### ####"), ("+961", "3 ### ###")),
        home_phone_share=0.15,
    ),
    Culture(
        key="kenyan",
        weight=7,
        boys=_t(
            "Brian, Kevin, Ian, Daniel, Samuel, David, Joseph, Victor, Allan, Dennis, Collins, Felix, "
            "Jabari, Baraka, Juma, Tumaini, Amani, Kioko, Otieno, Kibet, Mwangi, Ethan, Liam"
        ),
        girls=_t(
            "Wanjiru, Akinyi, Achieng, Njeri, Wambui, Atieno, Nekesa, Chebet, Faith, Mercy, Joy, Grace, "
            "Purity, Sharon, Neema, Zawadi, Imani, Makena, Nyokabi, Wairimu, Shani, Nafula"
        ),
        families=_t(
            "Kamau, Mwangi, Otieno, Odhiambo, Ochieng, Njoroge, Kariuki, Kiprop, Cheruiyot, Wafula, "
            "Barasa, Mutua, Kimani, Omondi, Onyango, Kiplagat, Korir, Wekesa, Njuguna, Mutiso, Ndungu, "
            "Owino"
        ),
        custom="single",
        home_phones=(("+254", "7## ### ###"), ("+254", "1## ### ###")),
        home_phone_share=0.3,
    ),
    Culture(
        key="ethiopian",
        weight=4,
        boys=_t(
            "Abel, Dawit, Yonas, Biniyam, Henok, Kaleb, Natnael, Eyob, Samuel, Nahom, Bereket, Mikias, "
            "Robel, Yared, Elias, Amanuel, Fitsum"
        ),
        girls=_t(
            "Selam, Hana, Meron, Bethlehem, Liya, Mahlet, Ruth, Saron, Tigist, Hiwot, Eden, Feven, "
            "Kidist, Rahel, Yeabsira, Bezawit, Meskerem"
        ),
        families=_t(
            "Tesfaye, Bekele, Girma, Haile, Alemu, Tadesse, Kebede, Mulugeta, Getachew, Wolde, Abebe, "
            "Desta, Mengistu, Lemma, Assefa, Gebre, Worku, Tsegaye"
        ),
        custom="patronymic",
        home_phones=(("+251", "9# ### ####"),),
        home_phone_share=0.25,
    ),
    Culture(
        key="ugandan",
        weight=3,
        boys=_t("Kato, Wasswa, Edwin, Ivan, Arnold, Trevor, Joel, Emmanuel, Timothy, Joshua, Isaac, Ronald, Mark"),
        girls=_t("Nakato, Babirye, Shamim, Patience, Esther, Joan, Sarah, Doreen, Gloria, Prossy, Sylvia, Brenda"),
        families=_t(
            "Mukasa, Ssempala, Kiggundu, Nsubuga, Lubega, Ssali, Kizza, Walusimbi, Kasozi, Sserwadda, "
            "Musoke, Kawooya, Ssebunya"
        ),
        custom="single",
        home_phones=(("+256", "7## ### ###"),),
        home_phone_share=0.3,
    ),
    Culture(
        key="somali",
        weight=3,
        boys=_t("Abdirahman, Mohamed, Abdi, Yusuf, Hassan, Mahad, Guled, Liban, Farah, Mustafe, Abdiwali, Hamse"),
        girls=_t("Hodan, Ayan, Hibo, Sahra, Fadumo, Ilhan, Nasra, Ubah, Amina, Hamdi, Ikran, Sagal"),
        families=_t("Warsame, Abdi, Farah, Hersi, Jama, Osman, Mohamud, Ali, Nur, Egal, Aden, Dirie, Samatar"),
        custom="patronymic",
        home_phones=(("+252", "61 ### ####"), ("+254", "7## ### ###")),
        home_phone_share=0.2,
    ),
    Culture(
        key="mexican",
        weight=6,
        boys=_t(
            "Santiago, Mateo, Sebastián, Leonardo, Diego, Emiliano, Daniel, Alejandro, Miguel Ángel, "
            "Iker, Emilio, Rodrigo, Andrés, Gael, Fernando, Luis, Carlos, Jorge, Rafael, Pablo"
        ),
        girls=_t(
            "Sofía, Valentina, Regina, Camila, Ximena, María José, Valeria, Renata, Fernanda, Mariana, "
            "Daniela, Isabella, Natalia, Andrea, Paula, Lucía, Jimena, Victoria, Ana Paula, Guadalupe"
        ),
        families=_t(
            "García, Hernández, Martínez, López, González, Pérez, Rodríguez, Sánchez, Ramírez, Cruz, "
            "Flores, Gómez, Morales, Vázquez, Reyes, Jiménez, Torres, Díaz, Gutiérrez, Ruiz, Mendoza, "
            "Castillo, Ortiz, Moreno, Romero, Aguilar, Medina"
        ),
        custom="double",
        home_phones=(("+52", "55 #### ####"), ("+52", "33 #### ####"), ("+52", "81 #### ####")),
        home_phone_share=0.25,
    ),
    Culture(
        key="colombian",
        weight=3,
        boys=_t(
            "Samuel, Juan José, Matías, Jerónimo, Martín, Tomás, Nicolás, Juan David, Simón, Felipe, Emmanuel"
        ),
        girls=_t("Salomé, Mariana, Luciana, Isabella, Antonella, Gabriela, Sara, Manuela, Juliana, Valeria, Violeta"),
        families=_t(
            "Restrepo, Londoño, Ospina, Cárdenas, Arango, Gómez, Rodríguez, Martínez, Jaramillo, Castaño, "
            "Vargas, Rojas, Muñoz, Zapata, Valencia"
        ),
        custom="double",
        home_phones=(("+57", "3## ### ####"),),
        home_phone_share=0.25,
    ),
    Culture(
        key="brazilian",
        weight=4,
        boys=_t(
            "Miguel, Arthur, Heitor, Bernardo, Davi, Théo, Lorenzo, Gabriel, Pedro, Benjamin, Matheus, "
            "Lucas, Rafael, Gustavo, Enzo, Guilherme, João Pedro, Bruno, Felipe, Caio"
        ),
        girls=_t(
            "Helena, Alice, Laura, Manuela, Valentina, Sophia, Isabella, Heloísa, Luiza, Júlia, Lorena, "
            "Lívia, Maria Clara, Cecília, Beatriz, Larissa, Mariana, Yasmin, Gabriela, Letícia"
        ),
        families=_t(
            "Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, Costa, "
            "Ribeiro, Martins, Carvalho, Almeida, Lopes, Barbosa, Rocha, Cardoso, Teixeira, Moreira"
        ),
        custom="portuguese",
        home_phones=(("+55", "11 9####-####"), ("+55", "21 9####-####")),
        home_phone_share=0.25,
    ),
)

# UAE mobile numbers: +971 5X XXX XXXX (050, 052, 054, 055, 056, 058).
UAE_MOBILE_PREFIXES = ("50", "52", "54", "55", "56", "58")

# Neighbourhoods of Dubai the families live in, and how homes are written.
DUBAI_AREAS = _t(
    "Al Barsha 1, Al Barsha 2, Al Barsha 3, Al Quoz 4, Jumeirah Village Circle, Al Nahda 1, Al Nahda 2, "
    "Al Qusais 1, Mirdif, Discovery Gardens, International City, Al Karama, Bur Dubai, Deira, "
    "Dubai Silicon Oasis, Dubai Sports City, Motor City, Arabian Ranches, The Greens, Dubai Marina, "
    "Jumeirah Lake Towers, Al Warqa 1, Muhaisnah 4, Al Mizhar, Oud Metha, Al Satwa, Jumeirah 3, "
    "Umm Suqeim 2, Al Garhoud, Dubai Investments Park"
)
BUILDING_NAMES = _t(
    "Palm, Cedar, Pearl, Falcon, Oasis, Crescent, Jasmine, Gulf, Emerald, Sapphire, Golden Sands, "
    "Desert Rose, Al Noor, Al Waha, Lagoon, Sunrise, Olive, Dune, Coral, Zahra"
)
BUILDING_WORDS = _t("Residence, Tower, Heights, Court, Building, Plaza, Gardens")
EMAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com")

# Banks whose cheques families write, and mobile money services by region.
BANKS = _t(
    "Emirates NBD, ADCB, Mashreq, Dubai Islamic Bank, FAB, RAKBANK, Commercial Bank of Dubai, HSBC UAE"
)

# Notes the office writes on excused and sick days, and teachers on late or half days.
SICK_NOTES = _t(
    "Parent called: fever, Medical certificate received, Doctor's appointment, Flu; mother phoned, "
    "Stomach upset; note from parent, Clinic visit; certificate on file, Dental surgery"
)
EXCUSED_NOTES = _t(
    "Family travel; letter from parent, Family wedding; approved by the principal, "
    "Bereavement in the family, Visa appointment at the embassy, Religious holiday of the family, "
    "Representing the school at the inter-school sports meet, Inter-school quiz competition"
)
LATE_NOTES = ("", "", "", "", "School bus late", "Traffic on Sheikh Zayed Road", "Arrived after assembly")
HALF_DAY_NOTES = _t(
    "Left at 11:00 for a dentist appointment, Picked up early by parent; unwell, Left after lunch; family emergency"
)
